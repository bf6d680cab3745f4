package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FirewallSettings;
import dev.infradesigner.model.LoadBalancerSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person sees when a file is wrong: the place and the reason, never a stack trace. */
class DesignReaderTest {

    private static final String HEADER = "{\"format\": \"infra-designer\", \"version\": 1, \"name\": \"t\",\n";

    private static Design read(String json) throws DesignLoadException {
        return new DesignReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String json) {
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> read(json));
        return e.problems().stream().map(LoadProblem::toString).toList();
    }

    private static String design(String components, String links) {
        return HEADER + "\"components\": [" + components + "],\n\"links\": [" + links + "]}";
    }

    private static String component(String id, String kind, String extra) {
        return "{\"id\": \"" + id + "\", \"kind\": \"" + kind + "\", \"label\": \"" + id
                + "\", \"x\": 0, \"y\": 0, \"width\": 100, \"height\": 50" + extra + "}";
    }

    @Test
    void readsAMinimalHandWrittenDesignWithDefaults() throws Exception {
        Design d = read(design(component("users", "users", "") + ",\n" + component("lb", "load-balancer", ""),
                "{\"id\": \"l\", \"from\": \"users\", \"to\": \"lb\", \"protocol\": \"http\"}"));
        assertEquals(LoadBalancerSettings.DEFAULT, d.component("lb").orElseThrow().settings());
        assertEquals(80, d.links().get(0).port());
    }

    @Test
    void aPortOutOfRangeNamesItsPath() {
        String json = design(component("a", "users", "") + ",\n"
                + component("b", "app-server", ", \"settings\": {\"port\": 70000}"), "");
        assertEquals(List.of("components[1].settings.port: 70000 is not a port (1-65535) (line 3, column 1)"),
                problems(json));
    }

    @Test
    void brokenJsonGivesLineAndColumn() {
        List<String> found = problems("{\"format\": \"infra-designer\",\n  \"version\": 1,\n  \"name\" \"x\"}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("the file is not valid JSON: "), found.get(0));
        assertTrue(found.get(0).endsWith("(line 3, column 10)"), found.get(0));
        assertTrue(!found.get(0).contains("Source"), found.get(0));
    }

    @Test
    void aTruncatedFileSaysWhereItEnds() {
        List<String> found = problems(HEADER + "\"components\": [");
        assertEquals("the file is not valid JSON: the file ends before the list opened at line 2, column 15 is "
                + "closed (line 2, column 16)", found.get(0));
    }

    @Test
    void aNewerFormatIsRefusedPolitely() {
        assertEquals(List.of("made by a newer Infra Designer (format 2); this version reads format 1 (line 1, column 30)"),
                problems("{\"format\": \"infra-designer\", \"version\": 2, \"name\": \"t\", \"components\": [], "
                        + "\"links\": [], \"layers\": []}"));
    }

    @Test
    void anotherKindOfFileIsNamedAsSuch() {
        assertEquals(List.of("format: \"drawio\" is not an Infra Designer design (expected \"infra-designer\") "
                + "(line 1, column 2)"),
                problems("{\"format\": \"drawio\", \"version\": 1, \"name\": \"t\", \"components\": [], "
                        + "\"links\": []}"));
        assertEquals("expected a JSON object ({...}) with \"format\": \"infra-designer\", found a list "
                + "(line 1, column 1)", problems("[1, 2]").get(0));
    }

    @Test
    void anEmptyFileIsNotADesign() {
        assertTrue(problems("  \n").get(0).startsWith("the file is empty"));
    }

    @Test
    void unknownKindsAndFieldsAreErrorsWithTheirPath() {
        // The shipped kinds first, then any other registered kind (the tests register one of their own).
        assertTrue(ComponentKind.keys().startsWith("users, dns, server, load-balancer, web-server, app-server, "
                + "code-base, database, firewall, monitoring-service, monitoring-agent"), ComponentKind.keys());
        assertEquals(List.of("components[0].kind: \"mainframe\" is not one of: " + ComponentKind.keys()
                + " (line 2, column 16)"), problems(design(component("r", "mainframe", ""), "")));
        assertEquals(List.of("components[0].colour: unknown field (expected one of: id, kind, label, host, x, y, "
                + "width, height, settings, suppressions) (line 2, column 16)"),
                problems(design(component("u", "users", ", \"colour\": \"red\""), "")));
        assertEquals(List.of("components[0].settings.speed: unknown field (expected one of: algorithm, mode, "
                + "redundancy, listeners, certificate, redirectHttps, healthCheck, floatingIp) (line 2, column 16)"),
                problems(design(component("l", "load-balancer", ", \"settings\": {\"speed\": 3}"), "")));
        assertEquals("layers: unknown field (expected format, version, name, availabilityTarget, suppressions, components, links) "
                + "(line 3, column 14)", problems(design("", "") .replace("]}", "], \"layers\": []}")).get(0));
    }

    @Test
    void wrongTypesSayWhatWasExpected() {
        assertEquals(List.of("components[0].x: expected a number, found the string \"ten\" (line 2, column 16)"),
                problems(design(component("u", "users", "").replace("\"x\": 0", "\"x\": \"ten\""), "")));
        assertEquals(List.of("links[0].port: expected a whole number, found the number 80.5 (line 3, column 11)"),
                problems(design(component("u", "users", "") + "," + component("w", "web-server", ""),
                        "{\"id\": \"l\", \"from\": \"u\", \"to\": \"w\", \"protocol\": \"http\", \"port\": 80.5}")));
    }

    @Test
    void dependenciesBetweenElementsAreCheckedWithTheirLine() {
        assertEquals(List.of("links[0].to: no component has the id \"ghost\" (line 3, column 11)"),
                problems(design(component("u", "users", ""),
                        "{\"id\": \"l\", \"from\": \"u\", \"to\": \"ghost\", \"protocol\": \"http\"}")));
    }

    @Test
    void duplicateKeysAreRefused() {
        List<String> found = problems(design(component("u", "users", ", \"label\": \"again\""), ""));
        assertEquals(List.of("the file is not valid JSON: the field \"label\" appears twice in one object "
                + "(line 2, column 110)"), found);
    }

    @Test
    void missingFieldsAreListed() {
        // Absent fields are placed at the design's opening brace.
        assertEquals(List.of("version: is missing (this version reads format 1) (line 1, column 1)",
                "name: is missing (line 1, column 1)", "links: is missing (use [] for none) (line 1, column 1)"),
                problems("{\"format\": \"infra-designer\", \"components\": []}"));
    }

    @Test
    void firewallRulesAcceptAnyPort() throws Exception {
        Design d = read(design(component("fw", "firewall",
                ", \"settings\": {\"rules\": [{\"port\": \"any\", \"transport\": \"tcp\", \"source\": \"any\"}]}"), ""));
        assertTrue(d.component("fw").orElseThrow().settings(FirewallSettings.class).rules().get(0).allowsAll());
    }

    @Test
    void problemsAreCappedForGarbage() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": 1}");
        }
        List<LoadProblem> found = assertThrows(DesignLoadException.class, () -> read(design(many.toString(), "")))
                .problems();
        assertEquals(ProblemSinkLimit.LIMIT + 1, found.size());
        assertTrue(found.get(found.size() - 1).message().startsWith("... and "));
    }

    /** The limit, visible to this test. */
    private static final class ProblemSinkLimit {
        static final int LIMIT = ProblemSink.LIMIT;
    }
}
