package dev.infradesigner.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files a save writes beside its target ({@code .NAME.DIGITS.tmp}), each locked while its
 * save runs, so that those of a save that was killed can be told from those of a save still running (in
 * this process or another) and removed.
 */
final class TempFiles {

    /**
     * The temporary files this process's saves hold. They are never opened by {@link #removeStale}: on
     * Linux, closing any channel to a file drops every lock this process holds on it.
     */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TempFiles() {
    }

    /** A temporary file, open and locked; closing it deletes it unless it was {@link #moved()} into place. */
    static final class Temp implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean moved;

        private Temp(Path path, FileChannel channel, FileLock lock) {
            this.path = path;
            this.channel = channel;
            this.lock = lock;
        }

        Path path() {
            return path;
        }

        FileChannel channel() {
            return channel;
        }

        void moved() {
            moved = true;
        }

        @Override
        public void close() throws IOException {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } finally {
                try {
                    if (!moved) {
                        Files.deleteIfExists(path);
                    }
                } finally {
                    LIVE.remove(path);
                }
            }
        }
    }

    /**
     * A new temporary file for {@code target}, in its folder. Made with the folder's default permissions
     * (the user's umask), as a new file of the user's would be, not the owner-only ones of a temp file.
     */
    static Temp create(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path path = target.resolveSibling(prefix(target)
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                LIVE.add(path);
                Files.createFile(path);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                LIVE.remove(path);
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
            try {
                return new Temp(path, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(path);
                LIVE.remove(path);
                throw e;
            }
        }
    }

    /** Removes the temporary files of {@code target} (and of its backup) that no running save holds. */
    static void removeStale(Path target) {
        Path folder = target.getParent();
        String prefix = prefix(target);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> isTemp(p, prefix))) {
            for (Path candidate : entries) {
                if (!LIVE.contains(candidate)) {
                    removeIfUnlocked(candidate);
                }
            }
        } catch (IOException e) {
            // Leftovers stay for the next save; they never stop this one.
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** {@code .NAME.DIGITS.tmp}, or {@code .NAME.bak.DIGITS.tmp} for the backup's. */
    private static boolean isTemp(Path path, String prefix) {
        String name = path.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
        if (middle.startsWith("bak.")) {
            middle = middle.substring("bak.".length());
        }
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
    }

    private static void removeIfUnlocked(Path candidate) throws IOException {
        try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(candidate);
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // A save of this process holds it.
        } catch (java.nio.file.NoSuchFileException e) {
            // Its save finished meanwhile.
        }
    }
}
