package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people type can only ever land inside a comment or a quoted value, also when it comes from a file.
 * Beside {@link HostileInputExportTest} (one field at a time, built in memory, checked by the daemons), this
 * puts one hostile text into the design's name, every label and every free-text setting (runtime, version,
 * agent, provider, a suppression's reason) at once, writes the file and loads it
 * through {@link DesignFiles#load}, exports it with every exporter in both modes through {@link ExportRun}
 * and {@link ExportWriter}, and compares the directive lines of every file with those of a twin loaded the
 * same way with a plain text of the same length. The texts put emoji and other surrogate pairs at every cut
 * position around {@link ConfigText#COMMENT_LENGTH}, and hold line separators (U+2028, U+2029, U+0085),
 * which the comparison treats as line ends: a comment that let one through would grow a directive line.
 */
class HostileTextLoadExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROCKET = "\ud83d\ude80";
    /** The settings fields that hold free text: a runtime, a version, an agent, a provider. */
    private static final List<String> FREE_TEXT = List.of("runtime", "version", "agent", "provider");

    @TempDir
    Path folder;

    static List<String> hostileTexts() {
        List<String> texts = new ArrayList<>();
        for (int k = ConfigText.COMMENT_LENGTH - 8; k <= ConfigText.COMMENT_LENGTH + 4; k++) {
            texts.add("a".repeat(k) + ROCKET + "bbbbb");
            texts.add(ROCKET.repeat(k));
            texts.add("a".repeat(k) + "\u2028# injected");
        }
        texts.addAll(List.of("line\u2028separator", "para\u2029graph", "next\u0085line", "\u2028", "# not a comment",
                "$host ${HOME} $1", "back\\slash\\", "\\", "\"quoted\"", "\"", "it's", "`id`", "a; b", "x { y }",
                "}", "{", "%[src]", "'", "e\u0301", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u202eevil",
                "zero\u200bwidth", "new\nline", "carriage\rreturn", "tab\there", "\u00e9\u00e8", "-- not sql", "! k",
                "; zone", "x".repeat(200), ROCKET.repeat(200)));
        return texts;
    }

    /** The designs to vary: every sample, and random designs. */
    static Map<String, byte[]> designs() throws IOException {
        Map<String, byte[]> designs = new TreeMap<>();
        for (Path sample : Samples.all()) {
            designs.put(sample.getFileName().toString(), Samples.bytes(sample));
        }
        for (long seed = 1; seed <= 4; seed++) {
            designs.put("random " + seed, new dev.infradesigner.io.DesignWriter().toBytes(RandomDesigns.generate(seed)));
        }
        return designs;
    }

    @Test
    void hostileTextInTheNameEveryLabelAndEveryFreeTextSettingChangesNoDirectiveOfAnyExport() throws Exception {
        int exported = 0;
        int refused = 0;
        for (Map.Entry<String, byte[]> design : designs().entrySet()) {
            for (String text : hostileTexts()) {
                String what = design.getKey() + " <- " + show(text);
                Design hostile = load(design.getValue(), text);
                Design twin = load(design.getValue(), "p".repeat(text.codePointCount(0, text.length())));
                if (hostile == null) {
                    refused++;
                    continue;
                }
                assertTrue(twin != null, what + ": the plain twin loads when the hostile one does");
                for (ExportMode mode : ExportMode.values()) {
                    ExportRun.Result a = ExportRun.of(hostile, Exporters.all(), mode);
                    ExportRun.Result b = ExportRun.of(twin, Exporters.all(), mode);
                    assertEquals(b.refusals().size(), a.refusals().size(), what + ": " + a.refusals());
                    assertEquals(shapes(b.files()), shapes(a.files()), what + ", " + mode);
                    Path out = Files.createTempDirectory(folder, "x");
                    assertEquals(a.files().size(), ExportWriter.write(out, a.files()).size(), what);
                }
                exported++;
            }
        }
        System.out.printf("%d designs x %d texts: %d exported and compared, %d refused at loading%n",
                designs().size(), hostileTexts().size(), exported, refused);
        // Both outcomes happen: control characters are refused at loading, the rest is exported.
        assertTrue(refused >= designs().size() * 3, "refused " + refused);
        assertTrue(exported > designs().size() * 40, "exported " + exported);
    }

    /**
     * The directive shape of each file in order, with every Unicode line end counted as one. File names made
     * from labels differ between the twins; only how many folders deep each file is must match, and a name
     * must be a plain file name.
     */
    private static List<String> shapes(List<ExportedFile> files) {
        List<String> shapes = new ArrayList<>();
        for (ExportedFile f : files) {
            assertTrue(f.path().matches("[A-Za-z0-9._/-]+") && !f.path().contains(".."), "a plain path: " + f.path());
            shapes.add(f.path().split("/").length + " " + HostileInputExportTest.shape(
                    f.content().replaceAll("[\u2028\u2029\u0085\u000B\u000C]", "\n")));
        }
        return shapes;
    }

    /** The design with {@code text} as its name and every label, written to a file and loaded; null if refused. */
    private Design load(byte[] design, String text) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(design);
        root.put("name", text);
        for (JsonNode component : root.get("components")) {
            ((ObjectNode) component).put("label", text);
            // And every free-text setting, cut (by code point) to what the field takes.
            JsonNode settings = component.get("settings");
            for (String field : FREE_TEXT) {
                if (settings instanceof ObjectNode o && o.has(field)) {
                    o.put(field, cut(text, 80));
                }
            }
            if (component.get("suppressions") != null) {
                for (JsonNode suppression : component.get("suppressions")) {
                    ((ObjectNode) suppression).put("reason", cut(text, 500));
                }
            }
        }
        Path file = folder.resolve("design.infra");
        Files.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        try {
            return DesignFiles.load(file);
        } catch (DesignLoadException e) {
            assertTrue(e.getMessage().contains("label") || e.getMessage().contains("name")
                    || FREE_TEXT.stream().anyMatch(e.getMessage()::contains) || e.getMessage().contains("reason"),
                    e.getMessage());
            return null;
        }
    }

    private static String cut(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static String show(String text) {
        String shown = text.codePoints().mapToObj(cp -> cp < 0x20 || cp > 0x7e ? String.format("\\u%04X", cp)
                : Character.toString(cp)).collect(Collectors.joining());
        return shown.length() > 60 ? shown.substring(0, 60) + "...(" + text.length() + ")" : shown;
    }
}
