package dev.infradesigner.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files made to exhaust a loader without limits: floods of list items, nesting a hundred thousand deep,
 * huge values. Written to disk in the test, a few MB to a few tens of MB each so the tests stay fast.
 */
final class HostileFiles {

    static final String HEAD = "{\"format\": \"infra-designer\", \"version\": 1, \"name\": \"t\", ";

    private HostileFiles() {
    }

    /** {@code "components": [P,P,...]} with {@code item} repeated until the file has about {@code bytes}. */
    static Path flood(Path folder, String name, String item, long bytes) {
        return write(folder, name, out -> {
            out.write((HEAD + "\"components\": [").getBytes(StandardCharsets.UTF_8));
            byte[] next = ("," + item).getBytes(StandardCharsets.UTF_8);
            out.write(item.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += next.length) {
                out.write(next);
            }
            out.write("], \"links\": []}".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** One firewall whose rules list holds {@code count} zeros: a flood inside one element's tree. */
    static Path innerFlood(Path folder, int count) {
        return write(folder, "inner.infra", out -> {
            out.write((HEAD + "\"components\": [{\"id\": \"f\", \"kind\": \"firewall\", \"settings\": {\"rules\": [0")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] next = ",0".getBytes(StandardCharsets.UTF_8);
            for (int i = 1; i < count; i++) {
                out.write(next);
            }
            out.write("]}}], \"links\": []}".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** {@code depth} opening brackets (or {@code {"a":} objects) as the value of a component's settings. */
    static Path deep(Path folder, String name, String open, String close, int depth) {
        return write(folder, name, out -> {
            out.write((HEAD + "\"components\": [{\"id\": \"u\", \"kind\": \"users\", \"settings\": ")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(open.repeat(depth).getBytes(StandardCharsets.UTF_8));
            out.write(close.repeat(depth).getBytes(StandardCharsets.UTF_8));
            out.write("}], \"links\": []}".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A design whose top-level {@code field} has {@code value} written as is. */
    static Path topValue(Path folder, String name, String field, String value) {
        return write(folder, name, out -> out.write(("{\"format\": \"infra-designer\", \"version\": 1, \"" + field
                + "\": " + value + ", \"components\": [], \"links\": []}").getBytes(StandardCharsets.UTF_8)));
    }

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    static Path write(Path folder, String name, Content content) {
        Path file = folder.resolve(name);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
