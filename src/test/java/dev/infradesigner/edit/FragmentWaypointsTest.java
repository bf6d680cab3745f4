package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pasted or duplicated link is drawn the way its original was: its waypoints move with its ends. */
class FragmentWaypointsTest {

    private static Design threeServer() throws Exception {
        return BundledSamples.load(BundledSamples.all().get(1));
    }

    private static Link linkBetween(Design d, String from, String to) {
        return d.links().stream().filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst().orElseThrow();
    }

    @Test
    void aDuplicatedServersInnerLinkKeepsItsWaypointsShiftedWithTheServer() throws Exception {
        Design d = threeServer();
        Link inner = linkBetween(d, "nginx-3", "app-3");
        Bounds nginx = d.component("nginx-3").orElseThrow().bounds();
        List<Point> bends = List.of(new Point(nginx.maxX() + 3, nginx.maxY() + 20),
                new Point(nginx.maxX() + 9, nginx.maxY() + 20));
        d = d.with(inner.withWaypoints(bends));
        Design after = Fragment.copy(d, List.of("server-3")).pasteInto(d, "Duplicate").design();
        Bounds before = d.component("server-3").orElseThrow().bounds();
        Bounds copy = after.component("server-4").orElseThrow().bounds();
        double dx = copy.x() - before.x();
        double dy = copy.y() - before.y();
        assertTrue(dx != 0 || dy != 0, "the copy lands elsewhere");
        Link pasted = linkBetween(after, "nginx-4", "app-4");
        assertEquals(List.of(new Point(bends.get(0).x() + dx, bends.get(0).y() + dy),
                new Point(bends.get(1).x() + dx, bends.get(1).y() + dy)), pasted.waypoints());
        assertEquals(bends, linkBetween(after, "nginx-3", "app-3").waypoints(), "the original keeps its own");
    }

    @Test
    void aPastedGroupsLinksKeepTheirWaypointsAndLinksWithoutStayWithout() throws Exception {
        Design d = threeServer();
        Link entry = linkBetween(d, "users", "lb");
        List<Point> bends = List.of(new Point(-50, -40));
        d = d.with(entry.withWaypoints(bends));
        Fragment copied = Fragment.copy(d, List.of("users", "server-1"));
        Design after = copied.pasteInto(d, "Paste").design();
        String users = after.components().stream().filter(c -> c.label().startsWith("Users ("))
                .findFirst().orElseThrow().id();
        Bounds was = d.component("users").orElseThrow().bounds();
        Bounds now = after.component(users).orElseThrow().bounds();
        Link pasted = after.linksFrom(users).get(0);
        assertNotEquals("users", pasted.from());
        assertEquals(List.of(new Point(-50 + now.x() - was.x(), -40 + now.y() - was.y())), pasted.waypoints());
        for (Link l : after.links()) {
            if (!l.id().equals(pasted.id()) && !l.id().equals(entry.id())) {
                assertEquals(List.of(), l.waypoints(), l.id() + " had none and has none");
            }
        }
    }
}
