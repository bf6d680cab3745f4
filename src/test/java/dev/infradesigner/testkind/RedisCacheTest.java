package dev.infradesigner.testkind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.export.SvgDiagram;
import dev.infradesigner.export.pdf.DiagramPdf;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.DesignReader;
import dev.infradesigner.io.DesignSchema;
import dev.infradesigner.io.DesignWriter;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Connections;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ShippedKinds;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test-only Redis cache kind, known to nothing outside its own files, goes through everything a shipped
 * kind does: its design loads, saves byte for byte, draws as SVG and PDF in its colour, is audited by the
 * rules that ask kinds what they are, and exports.
 */
class RedisCacheTest {

    private static byte[] file;
    private static Design design;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RedisCacheTest.class.getResourceAsStream("/dev/infradesigner/testkind/with-redis.infra")) {
            file = in.readAllBytes();
        }
        design = new DesignReader().read(file);
    }

    @Test
    void itIsRegisteredThroughItsProvider() {
        assertSame(RedisCache.KIND, ComponentKind.parse("redis-cache").orElseThrow());
        assertTrue(ComponentKind.values().contains(RedisCache.KIND));
        assertEquals(RedisSettings.DEFAULT, RedisCache.KIND.defaults());
    }

    @Test
    void aDesignWithItLoadsAndSavesByteForByte() {
        Component redis = design.component("redis").orElseThrow();
        assertSame(RedisCache.KIND, redis.kind());
        assertEquals(new RedisSettings(6380, 512), redis.settings());
        assertEquals("server-1", redis.hostId());
        assertArrayEquals(file, new DesignWriter().toBytes(design));
    }

    @Test
    void theSchemaOfTheRegisteredKindsDescribesItsFile() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(DesignSchema.of(ComponentKind.values()));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(Set.of(), schema.validate(mapper.readTree(file)));
        String bad = new String(file, StandardCharsets.UTF_8).replace("\"maxMemoryMb\": 512", "\"maxMemoryMb\": 0");
        assertFalse(schema.validate(mapper.readTree(bad)).isEmpty(), "its own settings schema is used");
        assertFalse(DesignSchema.of(new ShippedKinds().kinds()).contains("redis-cache"), "the published one knows it not");
    }

    @Test
    void itsFieldsAreCheckedLikeAnyKindsWithTheirPaths() {
        assertEquals("components[7].settings.eviction: unknown field (expected one of: port, maxMemoryMb)",
                firstProblem("\"maxMemoryMb\": 512, \"eviction\": \"lru\""));
        assertEquals("components[7].settings.maxMemoryMb: must be at least 1", firstProblem("\"maxMemoryMb\": 0"));
    }

    private static String firstProblem(String settingsInstead) {
        String bad = new String(file, StandardCharsets.UTF_8).replace("\"maxMemoryMb\": 512", settingsInstead);
        DesignLoadException e = assertThrows(DesignLoadException.class,
                () -> new DesignReader().read(bad.getBytes(StandardCharsets.UTF_8)));
        String problem = e.problems().get(0).toString();
        return problem.substring(0, problem.indexOf(" (line"));
    }

    @Test
    void itIsDrawnInItsColourWithItsName() throws Exception {
        String svg = SvgDiagram.of(design);
        assertTrue(svg.contains("fill=\"" + RedisCache.KIND.colour() + "\"")
                || svg.contains("stroke=\"" + RedisCache.KIND.colour() + "\""), svg);
        assertTrue(svg.contains("REDIS CACHE"), svg);
        assertFalse(svg.contains("null"), svg);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        DiagramPdf.write(design, java.time.ZonedDateTime.now(), pdf);
        assertTrue(pdf.size() > 1000, "a PDF of " + pdf.size() + " bytes");
    }

    @Test
    void linksToItStartAsItsKindSays() {
        Component app = design.component("app").orElseThrow();
        Component spare = design.component("redis-spare").orElseThrow();
        assertEquals(new Connections.Proposal(Protocol.TCP, 6379, Access.READ_WRITE),
                Connections.propose(design, app, spare));
    }

    @Test
    void theAuditAsksItWhatItIs() throws Exception {
        List<Finding> findings = new Auditor().audit(design);
        List<Finding> unreachable = findings.stream().filter(f -> f.ruleId().equals("hygiene.unreachable")).toList();
        assertEquals(List.of(List.of("redis-spare")), unreachable.stream().map(Finding::componentIds).toList(),
                "a cache is on the request path: the one no traffic reaches is reported, the linked one is not");
        Design without = design.without(List.of("redis", "redis-spare"));
        List<String> others = findings.stream().filter(f -> !f.ruleId().equals("hygiene.unreachable"))
                .map(Finding::ruleId).toList();
        List<String> before = new Auditor().audit(sample()).stream().map(Finding::ruleId).toList();
        assertEquals(before, others, "everything else is found as in the sample without the cache");
        assertEquals(sample().components().size(), without.components().size());
    }

    @Test
    void aDesignWithItExports() {
        for (ExportMode mode : ExportMode.values()) {
            ExportRun.Result result = ExportRun.of(design, Exporters.all(), mode);
            assertFalse(result.refused(), result.refusals().toString());
            List<String> paths = result.files().stream().map(ExportedFile::path).toList();
            List<String> samplePaths = ExportRun.of(sample(), Exporters.all(), mode).files().stream()
                    .map(ExportedFile::path).toList();
            assertEquals(samplePaths, paths, "the same files as the sample without the cache");
        }
    }

    private static Design sample() {
        try {
            return new DesignReader().read(Samples.bytes(Path.of("samples/01-simple-web-stack.infra")));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
