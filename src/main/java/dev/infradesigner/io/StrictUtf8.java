package dev.infradesigner.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses bytes that are not UTF-8 exactly, before the JSON parser sees them: overlong forms (which turn
 * {@code C0 AF} into a slash a label never showed), encoded surrogates ({@code ED A0 80}) and stray bytes
 * are a problem with the line and column of the first bad byte, not text decoded some lenient way.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static void check(byte[] bytes) throws DesignLoadException {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new DesignLoadException(List.of(new LoadProblem("", "the file is saved as UTF-16 or UTF-32 (it "
                    + "starts with their byte order mark); save it as UTF-8", 1, 1)));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // Valid UTF-8, but never in JSON text: the sign of UTF-16 or UTF-32 without a byte order mark,
                // which the JSON parser would otherwise detect and decode.
                throw problemAt(bytes, i, "the file holds a NUL byte at offset " + i + "; is it saved as "
                        + "UTF-16 or UTF-32? Save it as UTF-8");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw problemAt(bytes, in.position(), null);
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear(); // overflow: only the errors matter, not the text
        }
        out.clear();
        if (decoder.flush(out).isError()) {
            throw problemAt(bytes, in.position(), null);
        }
    }

    private static DesignLoadException problemAt(byte[] bytes, int at, String said) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = said != null ? said : String.format("the file is not valid UTF-8: byte 0x%02X at offset %d "
                + "starts no character (save the file as UTF-8)", bytes[at] & 0xFF, at);
        return new DesignLoadException(List.of(new LoadProblem("", message, line, at - lineStart + 1)));
    }
}
