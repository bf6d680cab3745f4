package dev.infradesigner.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.edit.Edits;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The links at one side of a card meet it each at a point of its own, evenly spread, and their routes
 * stay square, pass their waypoints and run through no other card: checked on every sample and on a fan of three links worked out by
 * hand.
 */
class LinkEndsTest {

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTwoLinksMeetACardAtOnePoint(Path sample) throws Exception {
        Design d = DesignFiles.load(sample);
        DesignRoutes routes = DesignRoutes.of(d);
        Map<String, List<String>> at = new HashMap<>();
        for (Link l : d.links()) {
            List<Point> r = routes.links().get(l.id()).points();
            Bounds from = d.component(l.from()).orElseThrow().bounds();
            Bounds to = d.component(l.to()).orElseThrow().bounds();
            Point first = r.get(0);
            Point last = r.get(r.size() - 1);
            assertTrue(onEdge(from, first), l.id() + " starts on its card's edge: " + first + " " + from);
            assertTrue(onEdge(to, last), l.id() + " ends on its card's edge: " + last + " " + to);
            at.computeIfAbsent(l.from() + " " + first, k -> new ArrayList<>()).add(l.id());
            at.computeIfAbsent(l.to() + " " + last, k -> new ArrayList<>()).add(l.id());
            for (int i = 0; i + 1 < r.size(); i++) {
                Point a = r.get(i);
                Point b = r.get(i + 1);
                assertTrue(a.x() == b.x() || a.y() == b.y(), l.id() + " is square: " + r);
            }
            for (dev.infradesigner.model.Component c : d.components()) {
                if (!c.id().equals(l.from()) && !c.id().equals(l.to()) && c.kind() != ComponentKind.SERVER) {
                    assertTrue(!crosses(r, c.bounds()), l.id() + " runs through " + c.id() + ": " + r);
                }
            }
            for (Point w : l.waypoints()) {
                assertTrue(passes(r, w), l.id() + " passes its waypoint " + w + ": " + r);
            }
        }
        at.forEach((where, ids) -> assertEquals(1, ids.size(), "links meeting at " + where + ": " + ids));
    }

    @Test
    void aFanOfThreeLinksLeavesTheSideAtItsQuarters() {
        Design d = Design.empty("fan");
        d = Edits.create(d, ComponentKind.LOAD_BALANCER, 100, 300).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 700, -100).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 700, 300).design();
        d = Edits.create(d, ComponentKind.WEB_SERVER, 700, 700).design();
        String lb = d.components().get(0).id();
        for (int i = 3; i >= 1; i--) { // linked bottom first: the order of links must not matter
            d = Edits.connect(d, lb, d.components().get(i).id()).design();
        }
        Bounds card = d.components().get(0).bounds();
        DesignRoutes routes = DesignRoutes.of(d);
        List<Double> starts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String target = d.components().get(i).id();
            Link l = d.links().stream().filter(x -> x.to().equals(target)).findFirst().orElseThrow();
            Point first = routes.links().get(l.id()).points().get(0);
            assertEquals(card.maxX(), first.x(), 1e-9, "leaves the right side: " + routes.links().get(l.id()));
            starts.add(first.y());
        }
        double h = card.height();
        assertEquals(List.of(card.y() + h / 4, card.y() + h / 2, card.y() + 3 * h / 4), starts,
                "the link to the top card leaves highest, the one to the bottom lowest");
    }

    private static boolean onEdge(Bounds b, Point p) {
        boolean inX = p.x() >= b.x() && p.x() <= b.x() + b.width();
        boolean inY = p.y() >= b.y() && p.y() <= b.y() + b.height();
        return (inX && (p.y() == b.y() || p.y() == b.y() + b.height()))
                || (inY && (p.x() == b.x() || p.x() == b.x() + b.width()));
    }

    /** Whether a segment of the route runs inside the card (more than a unit past its sides). */
    private static boolean crosses(List<Point> r, Bounds b) {
        for (int i = 0; i + 1 < r.size(); i++) {
            Point a = r.get(i);
            Point e = r.get(i + 1);
            if (Math.max(a.x(), e.x()) > b.x() + 1 && Math.min(a.x(), e.x()) < b.x() + b.width() - 1
                    && Math.max(a.y(), e.y()) > b.y() + 1 && Math.min(a.y(), e.y()) < b.y() + b.height() - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(List<Point> r, Point w) {
        for (int i = 0; i + 1 < r.size(); i++) {
            Point a = r.get(i);
            Point b = r.get(i + 1);
            boolean onX = a.x() == b.x() && w.x() == a.x() && w.y() >= Math.min(a.y(), b.y())
                    && w.y() <= Math.max(a.y(), b.y());
            boolean onY = a.y() == b.y() && w.y() == a.y() && w.x() >= Math.min(a.x(), b.x())
                    && w.x() <= Math.max(a.x(), b.x());
            if (onX || onY) {
                return true;
            }
        }
        return false;
    }
}
