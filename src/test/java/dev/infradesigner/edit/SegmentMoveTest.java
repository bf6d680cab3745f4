package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waypoints a dragged segment leaves, worked out by hand for each shape of route. */
class SegmentMoveTest {

    private static Point p(double x, double y) {
        return new Point(x, y);
    }

    /** A Z: right from the start card, down, right into the end card. */
    private static final List<Point> Z = List.of(p(100, 50), p(300, 50), p(300, 200), p(500, 200));

    @Test
    void aMiddleVerticalSegmentMovesSidewaysOnly() {
        assertEquals(List.of(p(340, 50), p(340, 200)), SegmentMove.moved(Z, List.of(), 1, 40, 7));
    }

    @Test
    void aSegmentLeavingACardGetsItsBendAStubAwayFromTheCard() {
        assertEquals(List.of(p(120, 80), p(300, 80)), SegmentMove.moved(Z, List.of(), 0, 15, 30));
        assertEquals(List.of(p(300, 170), p(480, 170)), SegmentMove.moved(Z, List.of(), 2, 0, -30));
    }

    @Test
    void aStraightLinkMovedBecomesAStepAtTheNewHeight() {
        assertEquals(List.of(p(20, 50), p(180, 50)),
                SegmentMove.moved(List.of(p(0, 0), p(200, 0)), List.of(), 0, 3, 50));
        // A segment shorter than two stubs gets its bends at its quarter points.
        assertEquals(List.of(p(50, 10), p(50, 30)),
                SegmentMove.moved(List.of(p(0, 0), p(0, 40)), List.of(), 0, 50, 0));
    }

    @Test
    void waypointsOnTheSegmentGiveWayAndTheOthersStay() {
        List<Point> route = List.of(p(0, 0), p(100, 0), p(100, 100), p(200, 100), p(200, 200), p(300, 200));
        List<Point> bends = List.of(p(100, 50), p(200, 150));
        assertEquals(List.of(p(100, 50), p(170, 100), p(170, 200)),
                SegmentMove.moved(route, bends, 3, -30, 0));
        // A bend at the moved segment's end moves with it; the one beyond stays.
        assertEquals(List.of(p(100, 50), p(100, 130), p(200, 130), p(200, 150)),
                SegmentMove.moved(route, List.of(p(100, 50), p(200, 100), p(200, 150)), 2, 0, 30));
    }

    @Test
    void theNearestSegmentIsTheOneUnderThePress() {
        assertEquals(0, SegmentMove.nearest(Z, 200, 52));
        assertEquals(1, SegmentMove.nearest(Z, 297, 120));
        assertEquals(2, SegmentMove.nearest(Z, 450, 205));
    }

    @Test
    void aSegmentThatIsNotThereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SegmentMove.moved(Z, List.of(), 3, 0, 10));
    }

    @Test
    void reshapingIsOneStepAndRefusesNoChangeAndTooManyBends() {
        Design d = Design.empty("d");
        d = Edits.create(d, ComponentKind.LOAD_BALANCER, 100, 100).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 700, 100).design();
        d = Edits.connect(d, d.components().get(0).id(), d.components().get(1).id()).design();
        Design linked = d;
        String id = d.links().get(0).id();
        Outcome o = WaypointEdits.reshape(d, id, List.of(p(300, 300), p(500, 300)));
        assertEquals(List.of(p(300, 300), p(500, 300)), o.design().link(id).orElseThrow().waypoints());
        assertEquals("Move a segment of the link", o.description());
        assertThrows(EditRefusedException.class, () -> WaypointEdits.reshape(linked, id, List.of()));
        List<Point> many = java.util.stream.IntStream.range(0, Link.MAX_WAYPOINTS + 1)
                .mapToObj(i -> p(i, 0)).toList();
        assertThrows(EditRefusedException.class, () -> WaypointEdits.reshape(linked, id, many));
    }
}
