package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Arrange.Alignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrangeTest {

    private static Design three() {
        Design d = Design.empty("d");
        d = Edits.create(d, ComponentKind.LOAD_BALANCER, 100, 100).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 300, 180).design();
        d = Edits.create(d, ComponentKind.DATABASE, 900, 140).design();
        return d;
    }

    private static Bounds at(Design d, String id) {
        return d.component(id).orElseThrow().bounds();
    }

    @Test
    void alignLeftLinesUpOnTheLeftmostEdge() {
        Design d = three();
        List<String> ids = d.components().stream().map(c -> c.id()).toList();
        Outcome o = Arrange.align(d, ids, Alignment.LEFT);
        double left = at(d, ids.get(0)).x();
        for (String id : ids) {
            assertEquals(left, at(o.design(), id).x());
            assertEquals(at(d, id).y(), at(o.design(), id).y());
        }
        assertEquals("Align 3 components left", o.description());
    }

    @Test
    void alignMiddleLinesUpOnTheCentreLineOfTheWhole() {
        Design d = three();
        List<String> ids = d.components().stream().map(c -> c.id()).toList();
        Outcome o = Arrange.align(d, ids, Alignment.MIDDLE);
        double middle = (at(d, ids.get(0)).y() + at(d, ids.get(1)).maxY()) / 2;
        for (String id : ids) {
            assertEquals(middle, at(o.design(), id).centerY(), 1e-9);
        }
    }

    @Test
    void distributeMakesTheGapsEqualAndKeepsTheEnds() {
        Design d = three();
        List<String> ids = d.components().stream().map(c -> c.id()).toList();
        Design o = Arrange.distribute(d, ids, true).design();
        Bounds a = at(o, ids.get(0));
        Bounds b = at(o, ids.get(1));
        Bounds c = at(o, ids.get(2));
        assertEquals(at(d, ids.get(0)).x(), a.x());
        assertEquals(at(d, ids.get(2)).x(), c.x());
        assertEquals(b.x() - a.maxX(), c.x() - b.maxX(), 1e-9);
    }

    @Test
    void aServerTakesItsCardsAlongAndACardOnASelectedServerIsNotTornOff() throws Exception {
        Design d = BundledSamples.load(BundledSamples.all().get(3));
        Bounds server = at(d, "web-server-2");
        Bounds card = at(d, "web-2");
        Design o = Arrange.align(d, List.of("web-server-1", "web-server-2", "web-2"), Alignment.TOP).design();
        double dy = at(o, "web-server-2").y() - server.y();
        assertEquals(at(d, "web-server-1").y(), at(o, "web-server-2").y());
        assertEquals(card.y() + dy, at(o, "web-2").y());
        assertEquals("web-server-2", o.component("web-2").orElseThrow().hostId());
    }

    @Test
    void tooFewAreRefusedWithTheReason() {
        Design d = three();
        String one = d.components().get(0).id();
        assertEquals("Select two or more components to align.",
                assertThrows(EditRefusedException.class, () -> Arrange.align(d, List.of(one), Alignment.LEFT))
                        .getMessage());
        assertThrows(EditRefusedException.class, () -> Arrange.distribute(d, List.of(one, one), false));
    }
}
