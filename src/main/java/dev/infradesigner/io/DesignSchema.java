package dev.infradesigner.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infradesigner.model.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema of {@code .infra} files, with its three kind-dependent parts made from the kinds: the
 * {@code kind} enum of a component, the {@code allOf} that picks a component's settings schema by its kind,
 * and {@code $defs/settings} (each kind's {@link ComponentKind#settingsSchema}). Everything else is the
 * published file ({@value #RESOURCE}, next to this class) as written by hand. The published file is this
 * schema for the shipped kinds (a test holds them equal), so a new kind never means editing three places.
 */
public final class DesignSchema {

    static final String RESOURCE = "infra-design.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DesignSchema() {
    }

    /** The schema for files holding {@code kinds}, as text in the published file's layout. */
    public static String of(List<ComponentKind> kinds) {
        ObjectNode root = published();
        ObjectNode defs = (ObjectNode) root.get("$defs");
        ObjectNode component = (ObjectNode) defs.get("component");
        ArrayNode keys = ((ObjectNode) component.get("properties").get("kind")).putArray("enum");
        ArrayNode byKind = component.putArray("allOf");
        ObjectNode settings = defs.putObject("settings");
        for (ComponentKind kind : kinds) {
            keys.add(kind.key());
            ObjectNode choice = byKind.addObject();
            choice.putObject("if").putObject("properties").putObject("kind").put("const", kind.key());
            choice.putObject("then").putObject("properties").putObject("settings")
                    .put("$ref", "#/$defs/settings/" + kind.key());
            settings.set(kind.key(), parse(kind.settingsSchema(), kind.key()));
        }
        try {
            return MAPPER.writer(printer()).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private static ObjectNode published() {
        try (InputStream in = DesignSchema.class.getResourceAsStream(RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema ships in the jar", e);
        }
    }

    private static JsonNode parse(String json, String kind) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the settings schema of the kind " + kind + " is not JSON", e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indent).withArrayIndenter(indent);
    }
}
