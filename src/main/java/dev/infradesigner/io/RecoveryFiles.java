package dev.infradesigner.io;

import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The folder where open windows keep autosaved copies of their unsaved work. Each window has a slot of its
 * own: a design file and a lock file that its process holds while it runs. So two windows or two instances
 * of the app never write, offer or delete each other's copies: a slot whose lock nobody holds is work left
 * by a run that ended without saving, and only such a slot is offered back.
 */
public final class RecoveryFiles {

    static final String LOCK = ".lock";
    static final String DESIGN = ".infra";

    private final Path folder;

    public RecoveryFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A new slot for one window, locked by this process until it is closed. */
    public Slot open() throws IOException {
        Files.createDirectories(folder);
        String name = "window-" + UUID.randomUUID();
        // Locked under a name no one looks for, then renamed into place: a slot is never seen unlocked.
        Path pending = folder.resolve("." + name + LOCK + ".new");
        FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            Files.move(pending, folder.resolve(name + LOCK), StandardCopyOption.ATOMIC_MOVE);
            return new Slot(folder, name, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(pending);
            throw e;
        }
    }

    /**
     * The slots that runs ended without saving left behind, newest first, each locked for the caller, who
     * must close or adopt every one. A slot whose copy cannot be read falls back to the copy before it
     * ({@code .bak}); one with neither is left where it is and not offered. Slots other processes hold, and
     * those this process holds, are not touched.
     */
    public List<Leftover> leftovers() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Leftover> found = new ArrayList<>();
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "window-*" + LOCK)) {
            for (Path lockFile : locks) {
                String file = lockFile.getFileName().toString();
                claim(file.substring(0, file.length() - LOCK.length())).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Leftover::savedAt).reversed());
        return found;
    }

    private Optional<Leftover> claim(String name) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(name + LOCK), StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Slot slot = new Slot(folder, name, lock);
        Path copy = slot.file();
        Path backup = slot.backup();
        if (!Files.exists(copy) && !Files.exists(backup)) {
            slot.discard();
            return Optional.empty();
        }
        try {
            return Optional.of(new Leftover(slot, DesignFiles.load(copy), false, Files.getLastModifiedTime(copy)));
        } catch (DesignLoadException | IOException damaged) {
            try {
                return Optional.of(new Leftover(slot, DesignFiles.load(backup), true,
                        Files.getLastModifiedTime(backup)));
            } catch (DesignLoadException | IOException alsoDamaged) {
                slot.close();
                return Optional.empty();
            }
        }
    }

    /**
     * Work a run left behind: its design, whether that came from the copy before the last one because the
     * last was damaged, and when it was written.
     */
    public record Leftover(Slot slot, Design design, boolean fromBackup, FileTime written) {

        public Instant savedAt() {
            return written.toInstant();
        }
    }

    /** One window's recovery copy, and the lock that says the window is still open. */
    public static final class Slot implements AutoCloseable {

        private final Path folder;
        private final String name;
        private final FileLock lock;

        private Slot(Path folder, String name, FileLock lock) {
            this.folder = folder;
            this.name = name;
            this.lock = lock;
        }

        public Path file() {
            return folder.resolve(name + DESIGN);
        }

        Path backup() {
            return folder.resolve(name + DESIGN + ".bak");
        }

        /** Writes {@code design} as this window's copy, crash-safe, the previous copy kept as its backup. */
        public synchronized void write(Design design) throws IOException {
            DesignFiles.save(design, file());
        }

        /** Removes the copy (the work was saved or dropped); the slot stays this window's. */
        public synchronized void clear() throws IOException {
            Files.deleteIfExists(file());
            Files.deleteIfExists(backup());
        }

        /** Removes the copy and the slot itself: the window closes with nothing left to recover. */
        public synchronized void discard() throws IOException {
            clear();
            Files.deleteIfExists(folder.resolve(name + LOCK));
            close();
        }

        /** Lets go of the slot, leaving its copy for a later start to offer. */
        @Override
        public synchronized void close() throws IOException {
            if (lock.isValid()) {
                lock.release();
            }
            lock.channel().close();
        }
    }
}
