package dev.infradesigner.io;

import dev.infradesigner.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads and saves designs on disk. Loading reports every problem with its place; saving is crash-safe.
 */
public final class DesignFiles {

    /** Larger files are refused: no design a person draws comes near this. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private DesignFiles() {
    }

    /** Loads the design in {@code file}. */
    public static Design load(Path file) throws DesignLoadException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw DesignLoadException.of("is a folder, not a design file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device or a pipe has no size to check, and reading one may never end.
                throw DesignLoadException.of("is not a regular file (a device, a pipe or a socket); "
                        + "designs are read from files");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw DesignLoadException.of("is " + size / (1024 * 1024) + " MB; designs over "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB are refused");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DesignLoadException.of("no such file");
        } catch (AccessDeniedException e) {
            throw DesignLoadException.of("permission denied");
        } catch (IOException e) {
            throw DesignLoadException.of("cannot be read: " + e.getMessage());
        }
        TempFiles.removeStale(file.toAbsolutePath().normalize());
        return new DesignReader().read(bytes);
    }

    /** Loads a design from a stream, such as a sample bundled in the application. */
    public static Design load(InputStream in) throws DesignLoadException {
        try {
            return new DesignReader().read(in.readAllBytes());
        } catch (IOException e) {
            throw DesignLoadException.of("cannot be read: " + e.getMessage());
        }
    }

    /** Saves {@code design} to {@code file} atomically, keeping the previous file as {@code NAME.bak}. */
    public static void save(Design design, Path file) throws IOException {
        DesignWriter writer = new DesignWriter();
        AtomicFileWriter.write(file, out -> writer.write(design, out));
    }
}
