package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaypointEditsTest {

    /** A load balancer at the left, a web server at the right, linked. */
    private static Design linked() {
        Design d = Design.empty("d");
        d = Edits.create(d, ComponentKind.LOAD_BALANCER, 100, 100).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 700, 100).design();
        String lb = d.components().get(0).id();
        String web = d.components().get(1).id();
        return Edits.connect(d, lb, web).design();
    }

    private static Link link(Design d) {
        return d.links().get(0);
    }

    @Test
    void aBendGoesBetweenTheBendsItLiesBetween() {
        Design d = linked();
        String id = link(d).id();
        d = WaypointEdits.add(d, id, 300, 200).design();
        d = WaypointEdits.add(d, id, 500, 200).design();
        d = WaypointEdits.add(d, id, 200, 150).design();
        assertEquals(List.of(new Point(200, 150), new Point(300, 200), new Point(500, 200)), link(d).waypoints());
    }

    @Test
    void moveAndRemoveChangeOneBend() {
        Design d = linked();
        String id = link(d).id();
        d = WaypointEdits.add(d, id, 300, 200).design();
        d = WaypointEdits.add(d, id, 500, 200).design();
        Outcome moved = WaypointEdits.move(d, id, 1, 520, 260);
        assertEquals(List.of(new Point(300, 200), new Point(520, 260)), link(moved.design()).waypoints());
        assertEquals("Move a bend of the link", moved.description());
        Outcome removed = WaypointEdits.remove(moved.design(), id, 0);
        assertEquals(List.of(new Point(520, 260)), link(removed.design()).waypoints());
        assertThrows(EditRefusedException.class, () -> WaypointEdits.remove(removed.design(), id, 3));
    }

    @Test
    void straighteningDropsEveryBend() {
        Design d = linked();
        String id = link(d).id();
        d = WaypointEdits.add(d, id, 300, 200).design();
        Outcome o = WaypointEdits.straighten(d, List.of(id));
        assertEquals(List.of(), link(o.design()).waypoints());
        assertEquals("Straighten link", o.description());
        Design straight = o.design();
        assertThrows(EditRefusedException.class, () -> WaypointEdits.straighten(straight, List.of(id)));
    }

    @Test
    void movingBothEndsTakesTheBendsAlongMovingOneLeavesThem() {
        Design d = linked();
        String id = link(d).id();
        d = WaypointEdits.add(d, id, 300, 200).design();
        List<String> both = d.components().stream().map(c -> c.id()).toList();
        Design together = Edits.move(d, both, 40, 20).design();
        assertEquals(List.of(new Point(340, 220)), link(together).waypoints());
        Design one = Edits.move(d, List.of(both.get(0)), 40, 20).design();
        assertEquals(List.of(new Point(300, 200)), link(one).waypoints());
    }
}
