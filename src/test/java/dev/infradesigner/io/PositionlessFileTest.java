package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.infradesigner.edit.Layout;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file may leave out where its components are (a generated or imported design): it still loads. */
class PositionlessFileTest {

    @Test
    void aComponentWithoutGeometryIsAtTheOriginWithTheSizeANewCardGets() throws Exception {
        byte[] bytes = Positionless.of(Path.of("samples/02-three-server.infra"));
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\"width\""), "the file has no geometry");
        Design d = new DesignReader().read(bytes);
        Design sample = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        assertEquals(sample.components().size(), d.components().size());
        for (Component c : d.components()) {
            Bounds fresh = Layout.newBounds(c.kind(), 0, 0);
            assertEquals(new Bounds(0, 0, fresh.width(), fresh.height()), c.bounds(), c.id());
        }
        assertEquals(sample.links(), d.links(), "nothing else changes");
    }

    @Test
    void sizesWithoutAPlaceAndAPlaceWithoutASizeBothLoad() throws Exception {
        String json = "{\"format\": \"infra-designer\", \"version\": 1, \"name\": \"t\", \"components\": ["
                + "{\"id\": \"users\", \"kind\": \"users\", \"label\": \"Users\", \"width\": 100, \"height\": 40},"
                + "{\"id\": \"lb\", \"kind\": \"load-balancer\", \"label\": \"LB\", \"x\": 300, \"y\": 20}],"
                + " \"links\": []}";
        Design d = new DesignReader().read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(new Bounds(0, 0, 100, 40), d.component("users").orElseThrow().bounds());
        Bounds fresh = Layout.newBounds(d.component("lb").orElseThrow().kind(), 0, 0);
        assertEquals(new Bounds(300, 20, fresh.width(), fresh.height()), d.component("lb").orElseThrow().bounds());
    }
}
