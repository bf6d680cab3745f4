package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each window's recovery copy is its own: live ones are never offered, crashed ones always are. */
class RecoveryFilesTest {

    @TempDir
    Path folder;

    /** A second instance of the app: opens a slot, writes the design named in its arguments, then runs on. */
    public static void main(String[] args) throws Exception {
        RecoveryFiles.Slot slot = new RecoveryFiles(Path.of(args[0])).open();
        slot.write(Design.empty(args[1]));
        System.out.println("written");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void anotherInstancesLiveCopyIsNeverOfferedAndIsOfferedOnceThatInstanceDies() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                RecoveryFilesTest.class.getName(), folder.toString(), "Other instance").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("written", out.readLine(), "the other instance wrote its copy");
            RecoveryFiles store = new RecoveryFiles(folder);
            assertEquals(List.of(), store.leftovers(), "its window is open: its copy is live, not left over");
            assertEquals(2, files().size(), "and looking left it alone: " + files());
        } finally {
            other.destroyForcibly(); // SIGKILL: a crash
            assertTrue(other.waitFor(10, TimeUnit.SECONDS));
        }
        List<RecoveryFiles.Leftover> left = new RecoveryFiles(folder).leftovers();
        assertEquals(1, left.size());
        assertEquals("Other instance", left.get(0).design().name());
        assertFalse(left.get(0).fromBackup());
        assertEquals(List.of(), new RecoveryFiles(folder).leftovers(), "claimed by the first look, not offered twice");
        left.get(0).slot().discard();
        assertEquals(List.of(), files(), "discarding removes the copy and its slot");
    }

    @Test
    void aWindowOfThisInstanceKeepsItsCopyFromEveryOtherWindow() throws Exception {
        RecoveryFiles store = new RecoveryFiles(folder);
        RecoveryFiles.Slot mine = store.open();
        mine.write(Design.empty("Mine"));
        assertEquals(List.of(), new RecoveryFiles(folder).leftovers());
        RecoveryFiles.Slot other = store.open();
        other.write(Design.empty("Other window"));
        other.discard();
        assertEquals("Mine", DesignFiles.load(mine.file()).name(), "discarding another window's slot keeps mine");
        mine.close(); // let go without removing: what a crash leaves
        assertEquals("Mine", new RecoveryFiles(folder).leftovers().get(0).design().name());
    }

    @Test
    void aDamagedCopyFallsBackToTheOneBeforeItAndSaysSo() throws Exception {
        RecoveryFiles.Slot slot = new RecoveryFiles(folder).open();
        slot.write(Design.empty("First"));
        slot.write(Design.empty("Second"));
        Files.writeString(slot.file(), "{\"format\": 1, \"name\": ");
        slot.close();
        RecoveryFiles.Leftover left = new RecoveryFiles(folder).leftovers().get(0);
        assertEquals("First", left.design().name());
        assertTrue(left.fromBackup());
        left.slot().close();
    }

    @Test
    void aSlotWithNoReadableCopyIsNotOfferedButKeptAndAnEmptyOneIsRemoved() throws Exception {
        RecoveryFiles.Slot damaged = new RecoveryFiles(folder).open();
        Files.writeString(damaged.file(), "not a design");
        damaged.close();
        RecoveryFiles.Slot empty = new RecoveryFiles(folder).open();
        empty.close();
        assertEquals(List.of(), new RecoveryFiles(folder).leftovers());
        assertTrue(Files.exists(damaged.file()), "a person may still want to look at it");
        assertEquals(2, files().size(), "the damaged copy and its slot; the empty slot is gone: " + files());
    }

    @Test
    void theNewestLeftoverComesFirst() throws Exception {
        for (String name : List.of("Older", "Newer")) {
            RecoveryFiles.Slot slot = new RecoveryFiles(folder).open();
            slot.write(Design.empty(name));
            Files.setLastModifiedTime(slot.file(), java.nio.file.attribute.FileTime.fromMillis(
                    name.equals("Older") ? 1_000_000L : 2_000_000L));
            slot.close();
        }
        List<RecoveryFiles.Leftover> left = new RecoveryFiles(folder).leftovers();
        assertEquals(List.of("Newer", "Older"), left.stream().map(l -> l.design().name()).toList());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
