package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.infradesigner.model.Fixtures;
import dev.infradesigner.model.ShippedKinds;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema describes the files the app writes, and refuses what the loader refuses. */
class DesignSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = DesignReader.class.getResourceAsStream("infra-design.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void thePublishedFileIsTheSchemaOfTheShippedKinds() throws Exception {
        Path file = Path.of("src/main/resources/dev/infradesigner/io", DesignSchema.RESOURCE);
        String made = DesignSchema.of(new ShippedKinds().kinds());
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(file, made, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), made,
                "the kinds' parts of the schema are made from the kinds: run with -Dschema.update=true");
    }

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    private static Set<ValidationMessage> validate(JsonNode node) {
        return schema.validate(node);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleMatchesTheSchema(Path sample) throws Exception {
        assertEquals(Set.of(), validate(MAPPER.readTree(Samples.bytes(sample))));
    }

    @Test
    void whatTheWriterWritesMatchesTheSchema() throws Exception {
        byte[] written = new DesignWriter().toBytes(Fixtures.simpleStack());
        assertEquals(Set.of(), validate(MAPPER.readTree(written)));
    }

    @Test
    void theSchemaRefusesWhatTheLoaderRefuses() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(Samples.bytes(Path.of("samples/02-three-server.infra")));
        assertFalse(validate(root.deepCopy().put("version", 2)).isEmpty(), "newer version");
        ObjectNode badPort = root.deepCopy();
        ((ObjectNode) badPort.get("links").get(0)).put("port", 70000);
        assertFalse(validate(badPort).isEmpty(), "port out of range");
        ObjectNode badKind = root.deepCopy();
        ((ObjectNode) badKind.get("components").get(0)).put("kind", "mainframe");
        assertFalse(validate(badKind).isEmpty(), "unknown kind");
        ObjectNode unknownField = root.deepCopy();
        ((ObjectNode) unknownField.get("components").get(2).get("settings")).put("colour", "red");
        assertFalse(validate(unknownField).isEmpty(), "unknown settings field");
        ObjectNode badIp = root.deepCopy();
        ((ObjectNode) badIp.get("components").get(2).get("settings")).put("ipAddress", "10.0.0.300");
        assertFalse(validate(badIp).isEmpty(), "bad address");
        // A path with config syntax in it ($ is an Nginx variable, ' a HAProxy quote).
        ObjectNode badPath = root.deepCopy();
        for (JsonNode c : badPath.get("components")) {
            if (c.get("kind").asText().equals("web-server")) {
                ((ObjectNode) c.get("settings")).put("staticRoot", "/var/www/$site");
            }
        }
        assertFalse(validate(badPath).isEmpty(), "a path with $");
        for (ObjectNode broken : new ObjectNode[] {badPort, badKind, unknownField, badIp, badPath}) {
            assertTrue(loaderRefuses(broken));
        }
    }

    private static boolean loaderRefuses(JsonNode node) throws Exception {
        try {
            new DesignReader().read(MAPPER.writeValueAsBytes(node));
            return false;
        } catch (DesignLoadException e) {
            return true;
        }
    }
}
