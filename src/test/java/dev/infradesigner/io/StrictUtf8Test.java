package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Bytes that are not exactly UTF-8, and text no file can carry, are located problems, never a design. */
class StrictUtf8Test {

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("samples/01-simple-web-stack.infra"));
    }

    /** Sample 01 with {@code bytes} in place of the N of its first "Nginx". */
    private static byte[] withBytes(byte... bytes) throws Exception {
        byte[] sample = sample();
        String text = new String(sample, StandardCharsets.UTF_8);
        int at = text.indexOf("Nginx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(sample, 0, at);
        out.write(bytes);
        out.write(sample, at + 1, sample.length - at - 1);
        return out.toByteArray();
    }

    private static LoadProblem problem(byte[] bytes) {
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> new DesignReader().read(bytes));
        assertEquals(1, e.problems().size(), e.problems().toString());
        LoadProblem p = e.problems().get(0);
        assertTrue(p.line() > 1 && p.column() > 0, "located: " + p);
        return p;
    }

    @Test
    void overlongFormsEncodedSurrogatesAndStrayBytesAreLocatedProblems() throws Exception {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF}, // an overlong "/"
            {(byte) 0xC0, (byte) 0xA2}, // an overlong quote
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // another overlong "/"
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800, encoded
            {(byte) 0xFF},
            {(byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, // cut short
        };
        for (byte[] b : bad) {
            LoadProblem p = problem(withBytes(b));
            assertTrue(p.message().startsWith("the file is not valid UTF-8: byte 0x"), p.message());
        }
    }

    @Test
    void escapedLoneSurrogatesAndNoncharactersInTextAreRefusedWithTheirField() throws Exception {
        for (String escape : new String[] {"\\ud800", "\\udfff", "\\ufffe", "\\uffff", "\\ufdd0"}) {
            byte[] bytes = withBytes(escape.getBytes(StandardCharsets.US_ASCII));
            DesignLoadException e = assertThrows(DesignLoadException.class, () -> new DesignReader().read(bytes));
            String text = e.problems().toString();
            assertTrue(text.contains("label") && (text.contains("lone surrogate") || text.contains("noncharacter")),
                    escape + ": " + text);
        }
    }

    @Test
    void properUtf8AndAByteOrderMarkStillLoad() throws Exception {
        new DesignReader().read(withBytes("\u00d1".getBytes(StandardCharsets.UTF_8)));
        new DesignReader().read(withBytes("\uD83D\uDE80".getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'};
        DesignLoadException empty = assertThrows(DesignLoadException.class, () -> new DesignReader().read(bom));
        assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
    }
}
