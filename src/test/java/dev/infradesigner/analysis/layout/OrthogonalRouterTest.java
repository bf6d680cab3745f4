package dev.infradesigner.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.io.DesignReader;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Routes are orthogonal, start and end on the sides of their cards, avoid every other card, and pass the waypoints. */
class OrthogonalRouterTest {

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /** A random topology laid out as Tidy Up lays it out: realistic places, servers fitted to their cards. */
    private static Design tidy(long seed) {
        Design d = RandomDesigns.generate(seed);
        Map<String, Bounds> places = TidyLayout.all(d);
        List<Component> moved = new ArrayList<>();
        for (Component c : d.components()) {
            moved.add(places.containsKey(c.id()) ? c.withBounds(places.get(c.id())) : c);
        }
        return d.withAll(moved);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleRoutesAvoidEveryOtherCard(Path sample) throws Exception {
        checkAll(new DesignReader().read(Samples.bytes(sample)), false);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomRoutesAvoidEveryOtherCard(long seed) {
        checkAll(tidy(seed), false);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomRoutesPassTheirWaypoints(long seed) {
        checkAll(tidy(seed), true);
    }

    private static void checkAll(Design d, boolean withWaypoints) {
        Random random = new Random(d.links().size());
        for (Link link : d.links()) {
            Bounds from = d.component(link.from()).orElseThrow().bounds();
            Bounds to = d.component(link.to()).orElseThrow().bounds();
            if (from.overlaps(to)) {
                continue; // a server linked to a card it hosts: no route can leave one and enter the other
            }
            List<Bounds> obstacles = RouteObstacles.of(link, d.components());
            List<Point> waypoints = withWaypoints ? freeWaypoints(random, from, to, obstacles) : List.of();
            List<Point> route = OrthogonalRouter.route(from, to, waypoints, obstacles);
            String what = link.id() + " " + route;
            assertOrthogonal(route, what);
            assertTrue(onSide(route.get(0), from), "starts on a side of its source: " + what);
            assertTrue(onSide(route.get(route.size() - 1), to), "ends on a side of its target: " + what);
            assertFalse(crossesInside(route, from), "does not cross its own source: " + what);
            assertFalse(crossesInside(route, to), "does not cross its own target: " + what);
            for (Bounds o : obstacles) {
                if (!o.overlaps(from) && !o.overlaps(to)) {
                    assertFalse(crossesInside(route, o), "avoids " + o + ": " + what);
                }
            }
            for (Point w : waypoints) {
                assertTrue(passes(route, w), "passes " + w + ": " + what);
            }
        }
    }

    /** One or two waypoints near the link that lie in no card (inside one no route can reach them). */
    private static List<Point> freeWaypoints(Random random, Bounds from, Bounds to, List<Bounds> obstacles) {
        List<Point> points = new ArrayList<>();
        int wanted = 1 + random.nextInt(2);
        for (int attempt = 0; attempt < 50 && points.size() < wanted; attempt++) {
            double x = Math.min(from.x(), to.x()) - 60 + random.nextDouble() * (Math.abs(to.x() - from.x()) + 300);
            double y = Math.min(from.y(), to.y()) - 60 + random.nextDouble() * (Math.abs(to.y() - from.y()) + 200);
            Bounds around = new Bounds(x - OrthogonalRouter.MARGIN, y - OrthogonalRouter.MARGIN,
                    2 * OrthogonalRouter.MARGIN, 2 * OrthogonalRouter.MARGIN);
            boolean free = !around.overlaps(from) && !around.overlaps(to)
                    && obstacles.stream().noneMatch(o -> o.overlaps(around));
            if (free) {
                points.add(new Point(Math.rint(x), Math.rint(y)));
            }
        }
        return points;
    }

    @Test
    void aCardBetweenTheEndsIsGoneAround() {
        Bounds from = new Bounds(0, 0, 100, 50);
        Bounds to = new Bounds(400, 0, 100, 50);
        Bounds middle = new Bounds(200, -20, 100, 90);
        List<Point> route = OrthogonalRouter.route(from, to, List.of(), List.of(middle));
        assertOrthogonal(route, route.toString());
        assertFalse(crossesInside(route, middle), route.toString());
        assertTrue(route.size() <= 4, "two bends over or under it: " + route);
    }

    @Test
    void nothingInTheWayIsAStraightLine() {
        List<Point> route = OrthogonalRouter.route(new Bounds(0, 0, 100, 50), new Bounds(300, 0, 100, 50), List.of());
        assertEquals(List.of(new Point(100, 25), new Point(300, 25)), route);
    }

    @Test
    void cardsOffsetVerticallyGetOneOrTwoBends() {
        List<Point> route = OrthogonalRouter.route(new Bounds(0, 0, 100, 50), new Bounds(300, 200, 100, 50),
                List.of());
        assertOrthogonal(route, route.toString());
        assertTrue(route.size() <= 4, route.toString());
    }

    @Test
    void aWaypointIsPassed() {
        Point w = new Point(200, -100);
        List<Point> route = OrthogonalRouter.route(new Bounds(0, 0, 100, 50), new Bounds(300, 0, 100, 50),
                List.of(w));
        assertOrthogonal(route, route.toString());
        assertTrue(passes(route, w), route.toString());
    }

    @Test
    void aWaypointInsideACardStillGivesAnOrthogonalRoute() {
        Bounds card = new Bounds(150, -50, 100, 100);
        List<Point> route = OrthogonalRouter.route(new Bounds(0, 0, 100, 50), new Bounds(300, 0, 100, 50),
                List.of(new Point(200, 0)), List.of(card));
        assertOrthogonal(route, route.toString());
    }

    static void assertOrthogonal(List<Point> route, String what) {
        assertTrue(route.size() >= 2, what);
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            assertTrue(a.x() == b.x() || a.y() == b.y(), "segment " + i + " is not horizontal or vertical: " + what);
        }
    }

    private static boolean onSide(Point p, Bounds b) {
        boolean onVertical = (p.x() == b.x() || p.x() == b.maxX()) && p.y() >= b.y() && p.y() <= b.maxY();
        boolean onHorizontal = (p.y() == b.y() || p.y() == b.maxY()) && p.x() >= b.x() && p.x() <= b.maxX();
        return onVertical || onHorizontal;
    }

    /** Whether a segment of the route passes through the inside of {@code b} (touching its sides is fine). */
    static boolean crossesInside(List<Point> route, Bounds b) {
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point c = route.get(i + 1);
            double minX = Math.min(a.x(), c.x());
            double maxX = Math.max(a.x(), c.x());
            double minY = Math.min(a.y(), c.y());
            double maxY = Math.max(a.y(), c.y());
            boolean horizontal = minY == maxY;
            if (horizontal ? minY > b.y() && minY < b.maxY() && minX < b.maxX() && maxX > b.x()
                    : minX > b.x() && minX < b.maxX() && minY < b.maxY() && maxY > b.y()) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(List<Point> route, Point p) {
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            boolean onX = a.x() == b.x() && p.x() == a.x() && p.y() >= Math.min(a.y(), b.y()) && p.y() <= Math.max(a.y(), b.y());
            boolean onY = a.y() == b.y() && p.y() == a.y() && p.x() >= Math.min(a.x(), b.x()) && p.x() <= Math.max(a.x(), b.x());
            if (onX || onY) {
                return true;
            }
        }
        return false;
    }
}
