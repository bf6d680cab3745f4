package dev.infradesigner.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Replaces a file so that a crash or a failed write at any moment leaves either the old file or the new
 * one, never a mix: write a temporary file in the same folder, flush it to disk, keep the old file as
 * {@code NAME.bak} (itself written the same way), then atomically move the new one into place. The
 * pattern JabRef and most editors use.
 *
 * <p>What a killed save leaves behind (its temporary file) is removed by the next save of that file: a
 * save holds a lock on its temporary file while it writes, so one whose lock can be taken belongs to a
 * save that died. Saves of one file from this process run one after the other. The file keeps its
 * permissions and owner, and a save through a symbolic link writes the file the link points at.
 */
public final class AtomicFileWriter {

    /** Writes the new content to a stream; may fail half way, which leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final ConcurrentHashMap<Path, ReentrantLock> SAVING = new ConcurrentHashMap<>();

    private AtomicFileWriter() {
    }

    /** Replaces {@code target} with what {@code content} writes, keeping the previous file as a backup. */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolved(target);
        ReentrantLock lock = SAVING.computeIfAbsent(file, f -> new ReentrantLock());
        lock.lock();
        try {
            TempFiles.removeStale(file);
            replace(file, content);
        } catch (IOException e) {
            throw SaveProblem.of(target, e);
        } finally {
            lock.unlock();
        }
    }

    /** Where the previous version of {@code file} is kept: {@code NAME.bak} beside it. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** The file a save writes: through a symbolic link to what it points at. */
    private static Path resolved(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    }

    private static void replace(Path file, Content content) throws IOException {
        Path folder = file.getParent();
        try (TempFiles.Temp temp = TempFiles.create(file)) {
            try (OutputStream out = Channels.newOutputStream(temp.channel())) {
                content.writeTo(out);
                out.flush();
                temp.channel().force(true);
                if (Files.isRegularFile(file)) {
                    FileAttributes.copy(file, temp.path());
                    backUp(file);
                }
                move(temp.path(), file);
                temp.moved();
            }
        }
        syncFolder(folder);
    }

    /** Copies {@code file} to its {@code .bak} through a temporary file, so the backup is never half a file. */
    private static void backUp(Path file) throws IOException {
        Path backup = backupOf(file);
        try (TempFiles.Temp temp = TempFiles.create(backup)) {
            Files.copy(file, temp.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temp.path(), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp.path(), backup);
            temp.moved();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder; the rename itself is still atomic there.
        }
    }
}
