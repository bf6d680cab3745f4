package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem the loader reports says where it is and says it in our words: broken files of many kinds go
 * through {@link DesignFiles#load} from disk, and each message must carry a line and a column, must not leak
 * the JSON parser's advice, and must not follow a bad value with a false "is missing".
 */
class DesignLoadMessagesTest {

    private static final Pattern PLACED = Pattern.compile(".* \\(line [1-9]\\d*, column [1-9]\\d*\\)");
    /** Words only the parser's own messages use. */
    private static final List<String> LEAKS = List.of("JsonReadFeature", "Feature", "enable", "`", "Source",
            "StreamReadConstraints", "code ", "CTRL-CHAR", "Exception", "expected one of: )", "a users ", "a dns ");

    private static final String HEADER = "{\"format\": \"infra-designer\", \"version\": 1, \"name\": \"t\",\n";
    private static final String USERS = "{\"id\": \"u\", \"kind\": \"users\", \"label\": \"U\", \"x\": 0, \"y\": 0, "
            + "\"width\": 10, \"height\": 10";

    @TempDir
    Path folder;

    private static String design(String components, String links) {
        return HEADER + "\"components\": [" + components + "],\n\"links\": [" + links + "]}";
    }

    /** Broken files by what is wrong: syntax, encoding, header, elements, references, limits. */
    static Map<String, byte[]> brokenFiles() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("empty", "");
        texts.put("blank after a byte order mark", "\ufeff \n");
        texts.put("a list", "[1, 2]");
        texts.put("a string", "\"design\"");
        texts.put("content after the end", design("", "") + " {}");
        texts.put("truncated", HEADER + "\"components\": [" + USERS);
        texts.put("truncated in a string", HEADER + "\"components\": [], \"links\": [], \"x\": \"abc");
        texts.put("truncated in a name", HEADER + "\"compo");
        texts.put("missing colon", "{\"format\" \"infra-designer\"}");
        texts.put("missing comma", "{\"format\": \"infra-designer\" \"version\": 1}");
        texts.put("missing comma in a list", design(USERS + "} " + USERS + "}", ""));
        texts.put("unquoted field", "{format: 1}");
        texts.put("single quotes", "{'format': 'infra-designer'}");
        texts.put("trailing comma", design(USERS + "},", ""));
        texts.put("comment", "{// a comment\n}");
        texts.put("block comment", "{/* a comment */}");
        texts.put("NaN", HEADER.replace("1,", "NaN,") + "\"components\": [], \"links\": []}");
        texts.put("Infinity", HEADER.replace("1,", "-Infinity,") + "\"components\": [], \"links\": []}");
        texts.put("plus sign", HEADER.replace("1,", "+1,") + "\"components\": [], \"links\": []}");
        texts.put("leading zero", HEADER.replace("1,", "01,") + "\"components\": [], \"links\": []}");
        texts.put("bad number", HEADER.replace("1,", "1.e,") + "\"components\": [], \"links\": []}");
        texts.put("minus alone", HEADER.replace("1,", "-,") + "\"components\": [], \"links\": []}");
        texts.put("bare word", HEADER.replace("1,", "one,") + "\"components\": [], \"links\": []}");
        texts.put("tru", HEADER.replace("1,", "tru,") + "\"components\": [], \"links\": []}");
        texts.put("raw newline in a string", HEADER.replace("\"t\"", "\"a\nb\"") + "\"components\": [], \"links\": []}");
        texts.put("raw tab in a string", HEADER.replace("\"t\"", "\"a\tb\"") + "\"components\": [], \"links\": []}");
        texts.put("control character between values", HEADER + "\u0001\"components\": [], \"links\": []}");
        texts.put("bad escape", HEADER.replace("\"t\"", "\"a\\qb\"") + "\"components\": [], \"links\": []}");
        texts.put("short unicode escape", HEADER.replace("\"t\"", "\"\\u12g4\"") + "\"components\": [], \"links\": []}");
        texts.put("lone surrogate escape", HEADER.replace("\"t\"", "\"\\ud800\"") + "\"components\": [], \"links\": []}");
        texts.put("noncharacter", HEADER.replace("\"t\"", "\"\\uffff\"") + "\"components\": [], \"links\": []}");
        texts.put("wrong close", design(USERS + "]", ""));
        texts.put("stray close", "]");
        texts.put("duplicate field", design(USERS + ", \"label\": \"V\"}", ""));
        texts.put("no header", "{\"components\": []}");
        texts.put("format not a string", "{\"format\": 3, \"version\": 1, \"name\": \"t\", \"components\": [], "
                + "\"links\": []}");
        texts.put("version not a number", "{\"format\": \"infra-designer\", \"version\": \"1\", \"name\": \"t\", "
                + "\"components\": [], \"links\": []}");
        texts.put("version zero", HEADER.replace("1,", "0,") + "\"components\": [], \"links\": []}");
        texts.put("newer version", HEADER.replace("1,", "9,") + "\"components\": [], \"links\": []}");
        texts.put("other format", HEADER.replace("infra-designer", "drawio") + "\"components\": [], \"links\": []}");
        texts.put("empty name", HEADER.replace("\"t\"", "\"\"") + "\"components\": [], \"links\": []}");
        texts.put("long name", HEADER.replace("\"t\"", "\"" + "n".repeat(300) + "\"") + "\"components\": [], \"links\": []}");
        texts.put("unknown top field", design("", "") .replace("]}", "], \"layers\": []}"));
        texts.put("components not a list", HEADER + "\"components\": {}, \"links\": []}");
        texts.put("component not an object", design("1", ""));
        texts.put("component fields missing", design("{}", ""));
        texts.put("unknown kind", design(USERS.replace("users", "mainframe") + "}", ""));
        texts.put("settings for a kind without any", design(USERS + ", \"settings\": {\"colour\": 1}}", ""));
        texts.put("users hosted", design(USERS + ", \"host\": \"u\"}", ""));
        texts.put("dns hosted", design("{\"id\": \"s\", \"kind\": \"server\", \"label\": \"S\", \"x\": 0, \"y\": 0, "
                + "\"width\": 100, \"height\": 100}, {\"id\": \"d\", \"kind\": \"dns\", \"label\": \"D\", \"host\": \"s\", "
                + "\"x\": 0, \"y\": 0, \"width\": 10, \"height\": 10}", ""));
        texts.put("duplicate id", design(USERS + "}, " + USERS + "}", ""));
        texts.put("dangling link", design(USERS + "}", "{\"id\": \"l\", \"from\": \"u\", \"to\": \"ghost\", "
                + "\"protocol\": \"http\"}"));
        texts.put("bad suppression", design("", "").replace("\"components\"", "\"suppressions\": [{\"rule\": 1}], "
                + "\"components\""));
        texts.put("unknown rule", design("", "").replace("\"components\"", "\"suppressions\": [{\"rule\": \"no.such\", "
                + "\"reason\": \"r\"}], \"components\""));
        texts.put("garbage elements", design("{\"id\": 1},".repeat(150) + "{}", ""));
        texts.put("deep", design("[".repeat(1000), ""));
        texts.put("long number", HEADER.replace("1,", "1".repeat(2000) + ",") + "\"components\": [], \"links\": []}");
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        byte[] sample = Samples.bytes(Samples.all().get(0));
        String sampleText = new String(sample, StandardCharsets.UTF_8);
        files.put("utf-16 without a byte order mark", sampleText.getBytes(StandardCharsets.UTF_16LE));
        files.put("utf-16 with a byte order mark", sampleText.getBytes(StandardCharsets.UTF_16));
        files.put("utf-32", sampleText.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        files.put("overlong slash", withBytes(sample, 0xC0, 0xAF));
        files.put("encoded surrogate", withBytes(sample, 0xED, 0xA0, 0x80));
        files.put("stray continuation byte", withBytes(sample, 0x80));
        files.put("latin-1", sampleText.replace("Simple", "Simpl\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        return files;
    }

    /** The sample with {@code bytes} put inside its name's string. */
    private static byte[] withBytes(byte[] sample, int... bytes) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int at = text.indexOf("\"name\": \"") + 9;
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < bytes.length; i++) {
            out[head.length + i] = (byte) bytes[i];
        }
        System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
        return out;
    }

    @Test
    void everyProblemOfEveryBrokenFileIsPlacedAndInOurWords() throws IOException {
        List<String> wrong = new ArrayList<>();
        int problems = 0;
        for (Map.Entry<String, byte[]> broken : brokenFiles().entrySet()) {
            Path file = folder.resolve("broken.infra");
            Files.write(file, broken.getValue());
            DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignFiles.load(file),
                    broken.getKey());
            Set<String> paths = new HashSet<>();
            for (LoadProblem p : e.problems()) {
                problems++;
                String text = p.toString();
                if (!PLACED.matcher(text).matches()) {
                    wrong.add(broken.getKey() + ": no place: " + text);
                }
                LEAKS.stream().filter(text::contains).forEach(leak -> wrong.add(broken.getKey() + ": says \"" + leak
                        + "\": " + text));
                if (p.message().startsWith("is missing") && paths.contains(p.path())) {
                    wrong.add(broken.getKey() + ": a false \"is missing\" after another problem: " + text);
                }
                paths.add(p.path());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(problems > brokenFiles().size(), "problems seen: " + problems);
    }

    @Test
    void theMessagesThatUsedToMisleadNowSayWhatIsWrong() throws IOException {
        assertEquals(List.of("name: is empty (line 1, column 44)"), problems("empty name"));
        assertEquals(List.of("format: expected a string, found a number (line 1, column 2)"),
                problems("format not a string"));
        assertEquals(List.of("components[0].settings.colour: unknown field (users take no settings; leave the object "
                + "empty or drop it) (line 2, column 16)"), problems("settings for a kind without any"));
        assertEquals(List.of("components[1].host: a DNS record cannot be hosted on a server (line 2, column 106)"),
                problems("dns hosted"));
        assertEquals(List.of("the file is not valid JSON: NaN is not a number JSON allows (line 1, column 44)"),
                problems("NaN"));
        assertEquals(List.of("the file holds a NUL byte at offset 1; is it saved as UTF-16 or UTF-32? Save it as "
                + "UTF-8 (line 1, column 2)"), problems("utf-16 without a byte order mark"));
        List<String> garbage = problems("garbage elements");
        assertEquals(ProblemSink.LIMIT + 1, garbage.size());
        assertTrue(garbage.get(ProblemSink.LIMIT).matches("\\.\\.\\. and \\d+ more problems \\(line 2, column \\d+\\)"),
                garbage.get(ProblemSink.LIMIT));
    }

    private List<String> problems(String brokenFile) throws IOException {
        Path file = folder.resolve("one.infra");
        Files.write(file, brokenFiles().get(brokenFile));
        try {
            DesignFiles.load(file);
        } catch (DesignLoadException e) {
            return e.problems().stream().map(LoadProblem::toString).toList();
        }
        fail(brokenFile + " loaded");
        return List.of();
    }
}
