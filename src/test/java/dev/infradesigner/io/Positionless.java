package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A sample as a script or another tool would write it, for tests: no component has x, y, width or height. */
public final class Positionless {

    private Positionless() {
    }

    /** The bytes of {@code sample} without any component's geometry. */
    public static byte[] of(Path sample) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(Files.readAllBytes(sample));
        for (JsonNode c : root.get("components")) {
            ((ObjectNode) c).remove(java.util.List.of("x", "y", "width", "height"));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
