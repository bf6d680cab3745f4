package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileIntact() throws Exception {
        Path file = folder.resolve("design.infra");
        Files.writeString(file, "old content");
        IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("Could not save design.infra: disk full", failure.getMessage(), "the design named, not a temp file");
        assertEquals("old content", Files.readString(file));
        assertEquals(1, countFiles(), "no temporary file is left behind");
    }

    @Test
    void aSaveKeepsThePreviousVersionAsBak() throws Exception {
        Path file = folder.resolve("design.infra");
        Design first = Fixtures.simpleStack();
        DesignFiles.save(first, file);
        assertFalse(Files.exists(AtomicFileWriter.backupOf(file)), "nothing to back up the first time");
        Design second = first.withName("Renamed");
        DesignFiles.save(second, file);
        assertEquals(second, DesignFiles.load(file));
        assertEquals(first, DesignFiles.load(folder.resolve("design.infra.bak")));
        assertEquals(2, countFiles());
    }

    @Test
    void whatAKilledSaveLeftIsRemovedByTheNextSaveOrOpen() throws Exception {
        Path file = folder.resolve("design.infra");
        DesignFiles.save(Fixtures.simpleStack(), file);
        Path stale = folder.resolve(".design.infra.4711.tmp");
        Path staleBackup = folder.resolve(".design.infra.bak.4712.tmp");
        Path someoneElses = folder.resolve(".other.infra.4713.tmp");
        Path notOurs = folder.resolve(".design.infra.notes.tmp");
        for (Path p : new Path[] {stale, staleBackup, someoneElses, notOurs}) {
            Files.writeString(p, "half a design");
        }
        DesignFiles.save(Fixtures.simpleStack().withName("Again"), file);
        assertFalse(Files.exists(stale) || Files.exists(staleBackup), "this design's leftovers are gone");
        assertTrue(Files.exists(someoneElses) && Files.exists(notOurs), "nothing else is touched");
        Files.writeString(stale, "half a design");
        DesignFiles.load(file);
        assertFalse(Files.exists(stale), "opening the design cleans up too");
    }

    @Test
    void aSaveKeepsTheFilesModeAndWritesThroughASymbolicLink() throws Exception {
        Path file = folder.resolve("shared.infra");
        DesignFiles.save(Fixtures.simpleStack(), file);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> groupWritable =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, groupWritable);
        DesignFiles.save(Fixtures.simpleStack().withName("Second"), file);
        assertEquals(groupWritable, Files.getPosixFilePermissions(file), "0664 stays 0664");

        Path link = folder.resolve("link.infra");
        Files.createSymbolicLink(link, file);
        DesignFiles.save(Fixtures.simpleStack().withName("Through the link"), link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("Through the link", DesignFiles.load(file).name(), "and its target was written");
    }

    @Test
    void savesOfOneFileAtOnceAllSucceed() throws Exception {
        Path file = folder.resolve("busy.infra");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<?>> saves = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Design d = Fixtures.simpleStack().withName("Save " + i);
            saves.add(pool.submit(() -> {
                DesignFiles.save(d, file);
                return null;
            }));
        }
        for (var save : saves) {
            save.get(); // throws when a save failed
        }
        pool.shutdown();
        assertTrue(DesignFiles.load(file).name().startsWith("Save "));
        assertTrue(DesignFiles.load(AtomicFileWriter.backupOf(file)).name().startsWith("Save "));
        assertEquals(2, countFiles(), "the design and its backup, no temporary file");
    }

    @Test
    void aSaveIntoAFolderThatIsGoneSaysSoAboutTheDesign() {
        Path file = folder.resolve("gone").resolve("design.infra");
        IOException failure = assertThrows(IOException.class, () -> DesignFiles.save(Fixtures.simpleStack(), file));
        assertEquals("Could not save design.infra: the folder " + folder.resolve("gone")
                + " does not exist (any more); save it elsewhere", failure.getMessage());
    }

    @Test
    void aDeviceOrAPipeIsRefusedBeforeItIsRead() throws Exception {
        DesignLoadException device = assertThrows(DesignLoadException.class, () -> DesignFiles.load(Path.of("/dev/zero")));
        assertTrue(device.getMessage().contains("is not a regular file"), device.getMessage());
        Path fifo = folder.resolve("pipe.infra");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        DesignLoadException pipe = assertThrows(DesignLoadException.class, () -> DesignFiles.load(fifo));
        assertTrue(pipe.getMessage().contains("is not a regular file"), pipe.getMessage());
    }

    @Test
    void saveThenLoadThenSaveIsByteIdentical() throws Exception {
        Path file = folder.resolve("a.infra");
        DesignFiles.save(Fixtures.simpleStack(), file);
        byte[] first = Files.readAllBytes(file);
        DesignFiles.save(DesignFiles.load(file), file);
        assertArrayEquals(first, Files.readAllBytes(file));
        assertTrue(new String(first, StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void loadingAMissingFileOrAFolderSaysSo() {
        assertEquals("no such file", assertThrows(DesignLoadException.class,
                () -> DesignFiles.load(folder.resolve("nope.infra"))).getMessage());
        assertEquals("is a folder, not a design file", assertThrows(DesignLoadException.class,
                () -> DesignFiles.load(folder)).getMessage());
    }

    private long countFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
