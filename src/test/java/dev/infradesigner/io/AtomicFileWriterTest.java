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
        assertEquals("disk full", failure.getMessage());
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
