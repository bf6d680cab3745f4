package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever people type into a design, exporting it never adds a directive and never breaks a file. Each
 * hostile value goes into each field that reaches a config (labels, the design's name, host names, server
 * names, paths). Either the model refuses it with a message naming the field, or every exported file, full
 * and snippet, has exactly the directives of the same design with plain values and passes the real
 * daemon's check.
 */
class HostileInputExportTest {

    static final List<String> HOSTILE = List.of("web\nserver evil 10.6.6.6:80", "}\nserver {", "a\rb", "tab\there",
            "line\u2028separator", "a; include /etc/passwd;", "x { y }", "# not a comment", "\"quoted\"", "it's",
            "back\\slash", "$host", "${HOME}", "`id`", "Nginx «2» 🚀", "ünïcödé", "x".repeat(200),
            "x".repeat(10_000), "  spaced  out  ", "-dash", "123", "%[src]", "a&b|c>d", "(paren)", "*", "",
            "www.example.com", "ok-name");

    /** The fields of sample 04 that reach a config file, and how to put a value into each. */
    static final Map<String, BiFunction<Design, String, Design>> FIELDS = Map.of(
            "name", Design::withName,
            "label", (d, v) -> d.withAll(d.components().stream().map(c -> c.withLabel(v)).toList()),
            "hostname", (d, v) -> d.with(server(d).withSettings(new ServerSettings(v,
                    server(d).settings(ServerSettings.class).ipAddress(),
                    server(d).settings(ServerSettings.class).adminSource()))),
            "serverName", (d, v) -> mapWeb(d, s -> new WebServerSettings(v, s.listeners(), s.certificate(),
                    s.redirectHttps(), s.staticRoot())),
            "staticRoot", (d, v) -> mapWeb(d, s -> new WebServerSettings(s.serverName(), s.listeners(),
                    s.certificate(), s.redirectHttps(), "/var/www/" + v)),
            "certificate", (d, v) -> mapCertificates(d, certificateNamed(v)),
            "path", (d, v) -> mapBalancers(d, s -> new LoadBalancerSettings(s.algorithm(), s.mode(),
                    s.redundancy(), s.listeners(), s.certificate(), s.redirectHttps(),
                    new HealthCheck(true, "/" + v, 2), s.floatingIp())));

    @TempDir
    static Path folder;

    private static Path pem;
    private static Design base;

    @BeforeAll
    static void sample() throws Exception {
        pem = Daemons.selfSignedPem(folder);
        base = ExportFixtures.withCertificate(DesignFiles.load(Path.of("samples/04-scaled-up.infra")), pem);
    }

    @Test
    void everyHostileValueIsRefusedByNameOrExportedWithTheSameDirectivesAndAccepted() throws Exception {
        Daemons.requireAll();
        Map<String, List<List<String>>> plain = shapes(base);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger exported = new AtomicInteger();
        List<String[]> cases = new ArrayList<>();
        FIELDS.keySet().forEach(field -> HOSTILE.forEach(value -> cases.add(new String[] {field, value})));
        cases.parallelStream().forEach(c -> {
            String field = c[0];
            String value = c[1];
            Design design;
            try {
                design = FIELDS.get(field).apply(base, value);
            } catch (InvalidDesignException e) {
                assertTrue(e.getMessage().contains(field), field + " <- " + show(value) + ": " + e.getMessage());
                refused.incrementAndGet();
                return;
            }
            assertSameShapes(plain, shapes(design), field + " <- " + show(value));
            checkWithDaemons(design, field + " <- " + show(value));
            exported.incrementAndGet();
        });
        // Both outcomes happen, so neither half of the test is vacuous.
        assertTrue(refused.get() > 20, "refused: " + refused);
        assertTrue(exported.get() > 60, "exported: " + exported);
    }

    @Test
    void theSampleItselfIsRefusedByNoExporter() {
        shapes(base).forEach((exporter, files) -> assertTrue(!files.equals(List.of(List.of(REFUSED))), exporter));
    }

    @Test
    void aLongOrMultiLineLabelIsAClearErrorNamingTheField() {
        Component lb = base.componentsOf(ComponentKind.LOAD_BALANCER).get(0);
        InvalidDesignException tooLong = org.junit.jupiter.api.Assertions.assertThrows(InvalidDesignException.class,
                () -> base.with(lb.withLabel("x".repeat(10_000))));
        assertTrue(tooLong.getMessage().contains("label: is 10000 characters long; at most 200 are allowed"),
                tooLong.getMessage());
        InvalidDesignException newline = org.junit.jupiter.api.Assertions.assertThrows(InvalidDesignException.class,
                () -> base.with(lb.withLabel("a\nb")));
        assertTrue(newline.getMessage().contains("label: contains a control character (U+000A)"),
                newline.getMessage());
    }

    static void assertSameShapes(Map<String, List<List<String>>> plain, Map<String, List<List<String>>> shapes,
            String what) {
        assertEquals(plain.keySet(), shapes.keySet(), what);
        plain.forEach((key, files) -> {
            assertEquals(files.size(), shapes.get(key).size(), what + ": " + key + " made another number of files");
            for (int i = 0; i < files.size(); i++) {
                List<String> expected = files.get(i);
                List<String> actual = shapes.get(key).get(i);
                for (int line = 0; line < Math.max(expected.size(), actual.size()); line++) {
                    String e = line < expected.size() ? expected.get(line) : "(end)";
                    String a = line < actual.size() ? actual.get(line) : "(end)";
                    assertEquals(e, a, what + " changed the directives of " + key + " file " + i + " at directive "
                            + line);
                }
            }
        });
    }

    /** The shape {@link #shapes} gives an exporter that refused the design. */
    static final String REFUSED = "(refused)";

    /** Per exporter and mode, the directive shape of each file in order, or {@link #REFUSED}. */
    static Map<String, List<List<String>>> shapes(Design design) {
        Map<String, List<List<String>>> out = new java.util.TreeMap<>();
        for (Exporter exporter : Exporters.all()) {
            for (ExportMode mode : ExportMode.values()) {
                try {
                    out.put(exporter.id() + "/" + mode, exporter.export(design, mode).stream()
                            .map(f -> shape(f.content())).toList());
                } catch (ExportRefusedException e) {
                    // A refusal is a shape of its own: what people type must not bring one about or avoid one.
                    out.put(exporter.id() + "/" + mode, List.of(List.of(REFUSED)));
                }
            }
        }
        return out;
    }

    /**
     * A file's directives without the values people typed: for each line that is not a comment ({@code #},
     * SQL's {@code --}, keepalived's {@code !}, a zone file's {@code ;}), its first
     * word, how many words it has and how many characters of config syntax ({@code ; { } " '}). A value
     * that added a directive, a block, a word or a quote changes this; a value that became a safe name or
     * a path does not.
     */
    static List<String> shape(String content) {
        return content.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")
                && !l.startsWith("--") && !l.startsWith("!") && !l.startsWith(";")).map(l -> {
            String[] words = l.split("\\s+");
            long syntax = l.chars().filter(ch -> ";{}\"'".indexOf(ch) >= 0).count();
            return words[0] + " " + words.length + " " + syntax;
        }).toList();
    }

    private static void checkWithDaemons(Design design, String what) {
        try {
            Path out = Files.createTempDirectory(folder, "h");
            for (String id : Daemons.CHECKED_EXPORTERS) {
                Exporter exporter = Exporters.byId(id).orElseThrow();
                for (ExportMode mode : ExportMode.values()) {
                    Path modeFolder = Files.createDirectories(out.resolve(id + "-" + mode));
                    for (Daemons.Checked c : Daemons.checkExport(id, mode, exporter.export(design, mode), modeFolder)) {
                        assertTrue(c.verdict().ok(), what + ", " + mode + " " + c.file().path() + ":\n"
                                + c.verdict().output() + "\n" + c.file().content());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Component server(Design d) {
        return d.componentsOf(ComponentKind.SERVER).get(0);
    }

    private static Design mapWeb(Design d, java.util.function.UnaryOperator<WebServerSettings> change) {
        return d.withAll(d.componentsOf(ComponentKind.WEB_SERVER).stream()
                .map(c -> c.withSettings(change.apply(c.settings(WebServerSettings.class)))).toList());
    }

    private static Design mapBalancers(Design d, java.util.function.UnaryOperator<LoadBalancerSettings> change) {
        return d.withAll(d.componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .map(c -> c.withSettings(change.apply(c.settings(LoadBalancerSettings.class)))).toList());
    }

    private static Design mapCertificates(Design d, Path certificate) {
        Design rewritten = ExportFixtures.withCertificate(d, certificate);
        return rewritten;
    }

    /**
     * A certificate at a path ending in {@code value}, so the daemons can load it; the model decides
     * whether such a path is allowed before any file matters.
     */
    private static Path certificateNamed(String value) {
        Path path = Path.of(folder + "/certs/c" + value);
        dev.infradesigner.model.Checks.absolutePath("certificate", path.toString());
        try {
            Files.createDirectories(path.getParent());
            if (!Files.exists(path)) {
                Files.copy(pem, path);
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new UncheckedIOException(new IOException("cannot make " + path, e));
        }
        return path;
    }

    private static String show(String value) {
        String escaped = value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return "\"" + (escaped.length() > 40 ? escaped.substring(0, 40) + "...(" + value.length() + ")" : escaped)
                + "\"";
    }
}
