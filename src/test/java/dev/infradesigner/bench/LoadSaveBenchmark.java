package dev.infradesigner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignReader;
import dev.infradesigner.io.DesignWriter;
import dev.infradesigner.model.Design;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Load and save times for generated designs of 1k, 10k and 100k components, measured against a bare
 * Jackson parse of the same bytes in the same run, and the heap a loaded 100k design keeps.
 *
 * <p>A harness, not a test: timings depend on the machine. Run it as the README says, in its own JVM
 * with a fixed heap so the figures do not include Maven's own memory.
 */
public final class LoadSaveBenchmark {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private LoadSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%-8s %8s %9s %9s %9s %9s %7s%n", "size", "file MB", "save ms", "bytes ms", "load ms",
                "parse ms", "ratio");
        double ratio100k = 0;
        for (int size : new int[] {1_000, 10_000, 100_000}) {
            Design design = DesignGenerator.generate(size);
            byte[] bytes = new DesignWriter().toBytes(design);
            int runs = size >= 100_000 ? 5 : 15;
            Path file = Files.createTempFile("bench", ".infra");
            double save = median(runs, () -> {
                DesignFiles.save(design, file);
                return null;
            });
            double toBytes = median(runs, () -> new DesignWriter().toBytes(design));
            double load = median(runs, () -> new DesignReader().read(bytes));
            double parse = median(runs, () -> JACKSON.readTree(bytes));
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
            double ratio = load / parse;
            if (size == 100_000) {
                ratio100k = ratio;
            }
            System.out.printf("%-8d %8.1f %9.1f %9.1f %9.1f %9.1f %7.2f%n", size, bytes.length / 1e6, save, toBytes,
                    load, parse, ratio);
        }
        Design big = DesignGenerator.generate(100_000);
        byte[] bytes = new DesignWriter().toBytes(big);
        big = null;
        long before = usedHeapAfterGc();
        resetPeaks();
        Design loaded = new DesignReader().read(bytes);
        long peak = peakHeap();
        long after = usedHeapAfterGc();
        System.out.printf("%nloaded design of %d components: retained heap %.1f MB, peak heap while loading %.1f MB%n",
                loaded.components().size(), (after - before) / 1e6, peak / 1e6);
        System.out.printf("goals: load 100k <= 3x bare parse (%.2fx: %s); heap for 100k < 200 MB (%s)%n", ratio100k,
                ratio100k <= 3 ? "met" : "NOT met", after - before < 200e6 ? "met" : "NOT met");
    }

    /** The median wall time in milliseconds of {@code runs} timed runs after as many warm-up runs. */
    private static double median(int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < runs; i++) {
            work.call();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
