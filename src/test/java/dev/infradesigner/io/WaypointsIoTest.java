package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link's waypoints are saved and loaded; files without any stay what they were. */
class WaypointsIoTest {

    private static final Path SAMPLE = Path.of("samples/02-three-server.infra");

    private static Design withBends(Design d) {
        Link first = d.links().get(0);
        return d.with(first.withWaypoints(List.of(new Point(410, 95.5), new Point(-20, 300))));
    }

    @Test
    void waypointsSurviveASaveAndALoad() throws Exception {
        Design bent = withBends(new DesignReader().read(Samples.bytes(SAMPLE)));
        byte[] saved = new DesignWriter().toBytes(bent);
        Design loaded = new DesignReader().read(saved);
        assertEquals(bent, loaded);
        assertEquals(List.of(new Point(410, 95.5), new Point(-20, 300)), loaded.links().get(0).waypoints());
        assertTrue(new String(saved, StandardCharsets.UTF_8).contains("\"waypoints\""));
    }

    @Test
    void aDesignWithoutWaypointsSavesTheSameBytesAsBefore() throws Exception {
        byte[] original = Samples.bytes(SAMPLE);
        byte[] again = new DesignWriter().toBytes(new DesignReader().read(original));
        assertArrayEquals(original, again);
        assertTrue(!new String(again, StandardCharsets.UTF_8).contains("waypoints"));
    }

    @Test
    void straighteningALinkGivesTheOriginalBytesBack() throws Exception {
        Design original = new DesignReader().read(Samples.bytes(SAMPLE));
        Design straightened = withBends(original).with(original.links().get(0).withWaypoints(List.of()));
        assertArrayEquals(Samples.bytes(SAMPLE), new DesignWriter().toBytes(straightened));
    }

    @Test
    void savedWaypointsMatchTheSchema() throws Exception {
        byte[] saved = new DesignWriter().toBytes(withBends(new DesignReader().read(Samples.bytes(SAMPLE))));
        try (InputStream in = DesignReader.class.getResourceAsStream("infra-design.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertEquals(java.util.Set.of(), schema.validate(new ObjectMapper().readTree(saved)));
        }
    }

    @Test
    void badWaypointsNameTheirPath() {
        String json = withWaypointsText("[{\"x\": 1}, 7, {\"x\": 1e9, \"y\": 0}, {\"x\": 1, \"y\": 2, \"z\": 3}]");
        DesignLoadException e = assertThrows(DesignLoadException.class,
                () -> new DesignReader().read(json.getBytes(StandardCharsets.UTF_8)));
        String all = e.problems().toString();
        assertTrue(all.contains("waypoints[0].y"), all);
        assertTrue(all.contains("waypoints[1]"), all);
        assertTrue(all.contains("waypoints[2].x"), all);
        assertTrue(all.contains("waypoints[3].z"), all);
    }

    @Test
    void tooManyWaypointsAreRefused() {
        List<String> points = new ArrayList<>();
        for (int i = 0; i <= Link.MAX_WAYPOINTS; i++) {
            points.add("{\"x\": " + i + ", \"y\": 0}");
        }
        String json = withWaypointsText("[" + String.join(", ", points) + "]");
        DesignLoadException e = assertThrows(DesignLoadException.class,
                () -> new DesignReader().read(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problems().toString().contains("more than 64"), e.problems().toString());
    }

    /** The sample with its first link's waypoints set to {@code list} (JSON text, possibly wrong). */
    private static String withWaypointsText(String list) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            var root = mapper.readTree(Samples.bytes(SAMPLE));
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("links").get(0)).set("waypoints",
                    mapper.readTree(list));
            return mapper.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
