package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export lands whole or not at all, and never outside its folder. */
class ExportWriterTest {

    @TempDir
    Path folder;

    private static ExportedFile file(String path, String content) {
        return new ExportedFile(path, content, List.of());
    }

    private List<Path> everything() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
    }

    @Test
    void writesEveryFileInItsPlace() throws IOException {
        List<Path> written = ExportWriter.write(folder.resolve("out"), List.of(file("a/one.cfg", "one\n"),
                file("b/c/two.cfg", "two \uD83D\uDE80\n")));
        assertEquals(List.of(folder.resolve("out/a/one.cfg"), folder.resolve("out/b/c/two.cfg")), written);
        assertEquals("two \uD83D\uDE80\n", Files.readString(folder.resolve("out/b/c/two.cfg")));
        try (Stream<Path> list = Files.list(folder.resolve("out"))) {
            assertEquals(List.of("a", "b"), list.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void aFileThatCannotBeEncodedLeavesTheFolderAsItWasAndARerunWorks() throws IOException {
        Files.writeString(folder.resolve("kept.txt"), "mine");
        List<Path> before = everything();
        IOException e = assertThrows(IOException.class, () -> ExportWriter.write(folder, List.of(
                file("web-01/nginx.conf", "fine\n"), file("web-02/nginx.conf", "bad \uD800\n"))));
        assertTrue(e.getMessage().startsWith("web-02/nginx.conf holds text that cannot be written as UTF-8"),
                e.getMessage());
        assertEquals(before, everything(), "nothing of the export is left, the first file included");
        ExportWriter.write(folder, List.of(file("web-01/nginx.conf", "fine\n")));
        assertEquals("fine\n", Files.readString(folder.resolve("web-01/nginx.conf")));
    }

    @Test
    void aPathOutsideTheFolderOrAFileInsteadOfAFolderIsRefusedBeforeAnythingIsWritten() throws IOException {
        IOException outside = assertThrows(IOException.class, () -> ExportWriter.write(folder.resolve("out"),
                List.of(file("ok.cfg", "x"), file("../escaped.cfg", "x"))));
        assertTrue(outside.getMessage().contains("would land outside"), outside.getMessage());
        assertEquals(List.of(), everything());
        Files.writeString(folder.resolve("plain"), "x");
        IOException file = assertThrows(IOException.class, () -> ExportWriter.write(folder.resolve("plain"),
                List.of(file("ok.cfg", "x"))));
        assertTrue(file.getMessage().contains("is a file, not a folder"), file.getMessage());
    }
}
