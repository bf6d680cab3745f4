package dev.infradesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theTextReportGroupsBySeverityAndEndsWithASummary() {
        assertEquals(1, run("audit", "samples/02-three-server.infra"));
        String text = out.toString();
        assertTrue(text.startsWith("samples/02-three-server.infra \u2014 Three-server web infrastructure\n"), text);
        assertTrue(text.indexOf("3 errors") < text.indexOf("6 warnings"), text);
        assertTrue(text.contains("  error  spof.load-balancer  Single load balancer\n"), text);
        assertTrue(text.contains("      fix: "), text);
        assertTrue(text.endsWith("3 errors, 6 warnings, 0 info\n"), text);
        assertTrue(!text.contains("\u001b["), "no colour when not on a terminal");
    }

    @Test
    void theTextReportGivesTheAvailabilityUnlessToldNot() {
        assertEquals(1, run("audit", "samples/02-three-server.infra"));
        String text = out.toString();
        assertTrue(text.contains("availability (docs/availability.md)\n  reads   99.4455%, 48.6 hours a year down\n"
                + "  writes  98.9026%, 96.2 hours a year down\n  most of the downtime: Server 1 90%"), text);
        out.getBuffer().setLength(0);
        assertEquals(1, run("audit", "--no-availability", "samples/02-three-server.infra"));
        assertTrue(!out.toString().contains("availability"), out.toString());
    }

    @Test
    void aDesignTooLargeForTodaysEngineSaysSoInsteadOfAFigure() throws Exception {
        Path big = folder.resolve("big.infra");
        dev.infradesigner.io.DesignFiles.save(dev.infradesigner.bench.DesignGenerator.generate(1000), big);
        run("audit", big.toString());
        assertTrue(out.toString().contains(AvailabilityText.TOO_LARGE), out.toString());
        out.getBuffer().setLength(0);
        run("audit", "--format", "json", big.toString());
        assertTrue(!new ObjectMapper().readTree(out.toString()).get("files").get(0).has("availability"));
    }

    @Test
    void theJsonReportGivesTheAvailabilityFigures() throws Exception {
        assertEquals(0, run("audit", "--format", "json", "samples/04-scaled-up.infra"));
        JsonNode a = new ObjectMapper().readTree(out.toString()).get("files").get(0).get("availability");
        assertTrue(a.get("reads").get("exact").asBoolean());
        assertEquals(0.99987, a.get("reads").get("value").asDouble(), 1e-5);
        assertTrue(a.get("writes").get("value").asDouble() < a.get("reads").get("value").asDouble());
        assertEquals(a.get("reads").get("lower").asDouble(), a.get("reads").get("upper").asDouble());
        JsonNode first = a.get("contributors").get(0);
        assertTrue(first.get("share").asDouble() > 0 && first.get("share").asDouble() <= 1, first.toString());
        assertTrue(first.get("name").isTextual() && first.get("id").isTextual(), first.toString());
    }

    @Test
    void theSarifRunCarriesEachFilesAvailabilityInItsPropertyBag() throws Exception {
        run("audit", "--format", "sarif", "samples/02-three-server.infra", "samples/04-scaled-up.infra");
        JsonNode bag = new ObjectMapper().readTree(out.toString()).get("runs").get(0).get("properties");
        assertEquals(2, bag.get("availability").size());
        JsonNode second = bag.get("availability").get(1);
        assertEquals("samples/04-scaled-up.infra", second.get("file").asText());
        assertEquals(0.99987, second.get("availability").get("reads").get("value").asDouble(), 1e-5);
    }

    @Test
    void failOnSetsTheThreshold() {
        assertEquals(0, run("audit", "samples/04-scaled-up.infra"), "warnings only, default threshold error");
        assertEquals(1, run("audit", "--fail-on", "warning", "samples/04-scaled-up.infra"));
        assertEquals(0, run("audit", "--fail-on", "never", "samples/02-three-server.infra"));
        assertEquals(2, run("audit", "--fail-on", "sometimes", "samples/02-three-server.infra"));
    }

    @Test
    void theJsonReportHasTheDocumentedStructure() throws Exception {
        Path report = folder.resolve("report.json");
        assertEquals(1, run("audit", "--format", "json", "--output", report.toString(),
                "samples/01-simple-web-stack.infra"));
        assertEquals("", out.toString(), "the report went to the file");
        JsonNode root = new ObjectMapper().readTree(Files.readString(report));
        JsonNode finding = root.get("files").get(0).get("findings").get(0);
        assertEquals("error", finding.get("severity").asText());
        for (String field : new String[] {"ruleId", "title", "message", "fix"}) {
            assertTrue(finding.get(field).isTextual(), field);
        }
        assertTrue(finding.get("components").get(0).has("label"));
        assertEquals(3, root.get("summary").get("error").asInt());
    }

    @Test
    void thePdfReportGoesToTheOutputFileWithEveryDesignsFindings() throws Exception {
        Path report = folder.resolve("audit.pdf");
        assertEquals(1, run("audit", "--format", "pdf", "-o", report.toString(), "samples/02-three-server.infra",
                "samples/04-scaled-up.infra"));
        assertEquals("", out.toString());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Audit of Three-server web infrastructure"), text);
            assertTrue(text.contains("spof.load-balancer") && text.contains("3 errors, 6 warnings, 0 info"), text);
            assertTrue(text.contains("Audit of 2 designs"), "the footer names both");
        }
    }

    @Test
    void aPdfReportNeedsAnOutputFile() {
        assertEquals(2, run("audit", "--format", "pdf", "samples/02-three-server.infra"));
        assertTrue(err.toString().contains("--format pdf writes a file: give it with --output FILE"), err.toString());
        assertEquals("", out.toString(), "no binary on the terminal");
    }

    @Test
    void anInvalidFileExitsWith2AndTheLoadersError() throws Exception {
        Path bad = folder.resolve("bad.infra");
        Files.writeString(bad, "{\"format\": \"infra-designer\", \"version\": 7}");
        assertEquals(2, run("audit", bad.toString()));
        assertEquals(bad + ": made by a newer Infra Designer (format 7); this version reads format 1 (line 1, column 30)\n",
                err.toString());
    }

    @Test
    void sarifOutputValidatesAgainstTheOfficialSchema() throws Exception {
        assertEquals(1, run("audit", "--format", "sarif", "samples/01-simple-web-stack.infra",
                "samples/03-secured-monitored.infra"));
        JsonNode sarif = new ObjectMapper().readTree(out.toString());
        com.networknt.schema.JsonSchema schema;
        try (var in = AuditCommandTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertEquals(java.util.Set.of(), schema.validate(sarif));
        JsonNode broken = sarif.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        assertTrue(!schema.validate(broken).isEmpty(), "the schema check is not vacuous");
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertTrue(results.size() > 5);
        JsonNode first = results.get(0);
        assertEquals("error", first.get("level").asText());
        JsonNode rule = sarif.get("runs").get(0).get("tool").get("driver").get("rules")
                .get(first.get("ruleIndex").asInt());
        assertEquals(first.get("ruleId"), rule.get("id"));
        int line = first.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
        String declared = Files.readAllLines(Path.of("samples/01-simple-web-stack.infra")).get(line - 1);
        String id = first.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText();
        assertTrue(declared.contains("\"id\": \"" + id + "\""), declared);
    }

    @Test
    void suppressedFindingsAreShownButDoNotFail() throws Exception {
        Path file = folder.resolve("accepted.infra");
        Files.writeString(file, Files.readString(Path.of("samples/04-scaled-up.infra")).replace(
                "\"name\": \"Scaled-up web infrastructure\",", "\"name\": \"Scaled-up web infrastructure\",\n"
                + "  \"suppressions\": [{\"rule\": \"spof.database-writer\", \"reason\": \"failover runbook\"}],"));
        assertEquals(0, run("audit", "--fail-on", "warning", file.toString()));
        assertTrue(out.toString().contains("(suppressed: failover runbook)"), out.toString());
        assertTrue(out.toString().endsWith("0 errors, 0 warnings, 0 info, 1 suppressed\n"), out.toString());
    }
}
