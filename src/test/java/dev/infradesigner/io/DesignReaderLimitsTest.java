package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file exhausts memory or keeps the loader busy: floods of items, deep nesting and huge values are each
 * refused with one located message, in a child JVM with a 64 MB heap (before the caps, 20 MB of
 * {@code [0,0,...]} ran a 256 MB heap out of memory, and {@code {},{},...} took seconds per 20 MB).
 */
class DesignReaderLimitsTest {

    private static final long FLOOD_BYTES = 20L * 1024 * 1024;
    private static final String LIST_START = HostileFiles.HEAD + "\"components\": [";

    @TempDir
    static Path folder;

    /** Per file name: how long the child took, in ms, and its first problem. */
    private static final Map<String, String[]> OUTCOMES = new HashMap<>();

    @BeforeAll
    static void loadEachInASmallHeap() throws Exception {
        List<Path> files = List.of(
                HostileFiles.flood(folder, "zeros.infra", "0", FLOOD_BYTES),
                HostileFiles.flood(folder, "objects.infra", "{}", FLOOD_BYTES),
                HostileFiles.innerFlood(folder, 2_000_000),
                HostileFiles.deep(folder, "arrays.infra", "[", "]", 100_000),
                HostileFiles.deep(folder, "objects-deep.infra", "{\"a\":", "}", 100_000),
                HostileFiles.topValue(folder, "text.infra", "name", "\"" + "a".repeat(2_000_000) + "\""),
                HostileFiles.topValue(folder, "number.infra", "name", "1".repeat(5000)),
                HostileFiles.topValue(folder, "field.infra", "x".repeat(20_000), "1"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), LoadInSmallHeap.class.getName()));
        files.forEach(f -> command.add(f.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, child.exitValue(), output);
        for (String line : output.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                OUTCOMES.put(parts[0], new String[] {parts[1], parts[2]});
            }
        }
        assertEquals(files.size(), OUTCOMES.size(), output);
    }

    private static void refused(String file, String expected) {
        String[] outcome = OUTCOMES.get(file);
        assertEquals(expected, outcome[1], file);
        assertTrue(Long.parseLong(outcome[0]) < 10_000, file + " took " + outcome[0] + " ms");
    }

    @Test
    void aFloodOfItemsIsRefusedAtTheFirstItemOverTheCap() {
        int column = LIST_START.length() + 2 * DesignReader.MAX_LIST_ITEMS + 1;
        refused("zeros.infra", "components: more than 1000000 items in the list; no design comes near this "
                + "(line 1, column " + column + ")");
        refused("objects.infra", "components: more than 1000000 items in the list; no design comes near this "
                + "(line 1, column " + (LIST_START.length() + 3 * DesignReader.MAX_LIST_ITEMS + 1) + ")");
    }

    @Test
    void aFloodInsideOneComponentIsRefusedAtTheValueOverTheCap() {
        String before = LIST_START + "{\"id\": \"f\", \"kind\": \"firewall\", \"settings\": {\"rules\": [";
        // The component, its four values and the settings object and list count too: the 99,995th zero goes over.
        int column = before.length() + 2 * (BoundedParser.MAX_ELEMENT_ITEMS - 5) + 1;
        refused("inner.infra", "components[0]: holds more than 100000 values; no design comes near this (line 1, "
                + "column " + column + ")");
    }

    @Test
    void deepNestingIsRefusedWhereItGoesTooDeep() {
        String before = LIST_START + "{\"id\": \"u\", \"kind\": \"users\", \"settings\": ";
        // Levels: the design, the list, the component; the 62nd bracket opens the 65th.
        refused("arrays.infra", "the file nests deeper than 64 levels (a design needs about six) (line 1, column "
                + (before.length() + 62) + ")");
        assertTrue(OUTCOMES.get("objects-deep.infra")[1].startsWith("the file nests deeper than 64 levels "),
                OUTCOMES.get("objects-deep.infra")[1]);
    }

    @Test
    void hugeValuesAreRefusedInOurWords() {
        for (String file : List.of("text.infra", "number.infra", "field.infra")) {
            String message = OUTCOMES.get(file)[1];
            assertTrue(message.matches("(a text is longer than 1000000 characters|a number is longer than 1000 "
                    + "digits|a field name is longer than 10000 characters) \\(line 1, column \\d+\\)"), message);
            assertTrue(Long.parseLong(OUTCOMES.get(file)[0]) < 10_000, file);
        }
    }

    @Test
    void aLargeRealisticDesignIsWellWithinTheCaps() throws IOException {
        // 100,000 components: the largest design anyone would draw, ten times under the list cap.
        Path file = HostileFiles.write(folder, "large.infra", out -> {
            out.write((LIST_START).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write(((i == 0 ? "" : ",\n") + "{\"id\": \"u" + i + "\", \"kind\": \"users\", \"label\": \"U " + i
                        + "\", \"x\": " + i + ", \"y\": 0, \"width\": 40, \"height\": 40}")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("], \"links\": []}".getBytes(StandardCharsets.UTF_8));
        });
        Design design = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DesignFiles.load(file));
        assertEquals(100_000, design.components().size());
        Files.delete(file);
    }
}
