package dev.infradesigner.io;

import java.nio.file.Path;

/**
 * Loads each file named on the command line and prints one line per file: its first problem, "loaded", or
 * "OUT OF MEMORY". Run in a child JVM with a small heap by {@link DesignReaderLimitsTest}, so that an
 * input which exhausts memory shows as such instead of slowing the build's own JVM.
 */
public final class LoadInSmallHeap {

    private LoadInSmallHeap() {
    }

    public static void main(String[] args) {
        for (String file : args) {
            long started = System.nanoTime();
            String outcome;
            try {
                DesignFiles.load(Path.of(file));
                outcome = "loaded";
            } catch (DesignLoadException e) {
                outcome = e.problems().get(0).toString();
            } catch (OutOfMemoryError e) {
                outcome = "OUT OF MEMORY";
            }
            System.out.println(Path.of(file).getFileName() + "\t" + (System.nanoTime() - started) / 1_000_000 + "\t"
                    + outcome);
        }
    }
}
