package dev.infradesigner.lab;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One lab per machine: its namespaces and addresses would clash with another's. The running lab holds a
 * lock (released by the kernel however the process ends, so a killed run never blocks the next); a lab
 * left running with {@code --keep} is recorded in a file until {@code lab down} removes it.
 */
final class LabLock implements AutoCloseable {

    static final Path DIR = Path.of("/run/infra-designer-lab");
    private static final Path LOCK = DIR.resolve("lock");
    private static final Path KEPT = DIR.resolve("kept");

    private final FileChannel channel;
    private final FileLock lock;

    private LabLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or says which lab holds it. */
    static LabLock acquire() {
        try {
            Files.createDirectories(DIR);
            FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this very process runs a lab already
            }
            if (lock == null) {
                channel.close();
                String holder = Files.readString(LOCK, StandardCharsets.UTF_8).strip();
                throw new LabException("another lab is running" + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ": stop it first (Ctrl+C in its terminal)");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(("process " + ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new LabLock(channel, lock);
        } catch (IOException e) {
            throw new LabException("cannot take the lab's lock in " + DIR + ": " + e.getMessage(), e);
        }
    }

    /** The design a lab kept with {@code --keep} runs, if one is up. */
    static Optional<String> kept() {
        try {
            return Files.exists(KEPT) ? Optional.of(Files.readString(KEPT, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("unknown design");
        }
    }

    /** Records that the lab stays up after this process ends. */
    static void markKept(String what) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(KEPT, what + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot record the kept lab: " + e.getMessage(), e);
        }
    }

    static void clearKept() {
        try {
            Files.deleteIfExists(KEPT);
        } catch (IOException e) {
            throw new LabException("cannot remove " + KEPT + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The kernel releases it when this process ends anyway.
        }
    }
}
