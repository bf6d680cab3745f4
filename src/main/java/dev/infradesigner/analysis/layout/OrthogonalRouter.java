package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes a link as horizontal and vertical segments from a side of one card to a side of another, around
 * the cards (and server title bars) in the way, through the waypoints a person set, with few bends.
 *
 * <p>Why a router of our own: a straight line between two cards crosses the cards between them and reads
 * as a chain that is not there; ELK routes whole graphs at once, and the canvas must route a few links at a
 * time (those in view, again when their ends move) in well under a millisecond each.
 *
 * <p>The algorithm is the classic orthogonal visibility grid: the lines {@link #MARGIN} outside every
 * obstacle's sides and through the ports and waypoints make a sparse grid (only around the link's ends,
 * {@link #REACH} beyond them), and A* over (grid point, direction) finds the path that minimises length plus
 * {@link #BEND} per bend, leaving and entering cards perpendicular to their sides at the middle of a side.
 * With n obstacles near the link the grid has O(n&sup2;) points; a leg that finds no way around (a waypoint
 * inside a card, say) is drawn as a plain elbow instead.
 */
public final class OrthogonalRouter {

    /**
     * Where a route runs beside the cards it passes: this far out from their sides. The gap between cards
     * in a server is 12, so two cards' lines meet in its middle.
     */
    public static final double MARGIN = 6;
    /** How close a route may come to a card that is not its end: less than {@link #MARGIN}. */
    static final double CLEARANCE = 4;
    /** What a bend costs, in canvas units of length: a detour shorter than this is worth one bend fewer. */
    public static final double BEND = 40;
    /** How far beyond the box of its ends a route may stray to get around something. */
    public static final double REACH = 120;
    /** Beyond this many obstacles near one leg, the leg is an elbow: no person draws that densely. */
    static final int MAX_OBSTACLES = 300;

    private OrthogonalRouter() {
    }

    /**
     * The route from card {@code from} to card {@code to} through {@code waypoints}, as the points where
     * it starts, bends and ends (the first on a side of {@code from}, the last on a side of {@code to}).
     *
     * @param obstacles what the route goes around; the ends themselves and anything that overlaps them are
     *                  skipped, so a caller may pass everything near the link
     */
    public static List<Point> route(Bounds from, Bounds to, List<Point> waypoints, List<Bounds> obstacles) {
        List<Bounds> blocking = new ArrayList<>();
        blocking.add(from);
        blocking.add(to);
        for (Bounds o : obstacles) {
            if (!o.overlaps(from) && !o.overlaps(to) && !o.equals(from) && !o.equals(to)) {
                blocking.add(o);
            }
        }
        List<Point> points = new ArrayList<>();
        int legs = waypoints.size() + 1;
        for (int leg = 0; leg < legs; leg++) {
            Bounds startCard = leg == 0 ? from : null;
            Bounds goalCard = leg == legs - 1 ? to : null;
            Point startPoint = leg == 0 ? null : waypoints.get(leg - 1);
            Point goalPoint = leg == legs - 1 ? null : waypoints.get(leg);
            List<Point> path = new RouteSearch(startCard, startPoint, goalCard, goalPoint, blocking, false).find();
            if (path == null) {
                path = new RouteSearch(startCard, startPoint, goalCard, goalPoint, blocking, true).find();
            }
            if (path == null) {
                path = elbow(startCard, startPoint, goalCard, goalPoint);
            }
            if (!points.isEmpty()) {
                path = path.subList(1, path.size());
            }
            points.addAll(path);
        }
        return simplified(points);
    }

    /** The route with no obstacles: what a link drawn through nothing looks like. */
    public static List<Point> route(Bounds from, Bounds to, List<Point> waypoints) {
        return route(from, to, waypoints, List.of());
    }

    /** A plain elbow between the two ends of a leg, ignoring obstacles: the fallback. */
    static List<Point> elbow(Bounds startCard, Point startPoint, Bounds goalCard, Point goalPoint) {
        Point goalCentre = goalPoint != null ? goalPoint : new Point(goalCard.centerX(), goalCard.centerY());
        Point startCentre = startPoint != null ? startPoint : new Point(startCard.centerX(), startCard.centerY());
        Point a = startPoint != null ? startPoint : facingPort(startCard, goalCentre);
        Point b = goalPoint != null ? goalPoint : facingPort(goalCard, startCentre);
        boolean horizontalStart = startCard != null ? (a.x() == startCard.x() || a.x() == startCard.maxX())
                : Math.abs(b.x() - a.x()) >= Math.abs(b.y() - a.y());
        List<Point> path = new ArrayList<>();
        path.add(a);
        if (a.x() != b.x() && a.y() != b.y()) {
            if (horizontalStart) {
                double mid = (a.x() + b.x()) / 2;
                path.add(new Point(mid, a.y()));
                path.add(new Point(mid, b.y()));
            } else {
                double mid = (a.y() + b.y()) / 2;
                path.add(new Point(a.x(), mid));
                path.add(new Point(b.x(), mid));
            }
        }
        path.add(b);
        return path;
    }

    /** The middle of the side of {@code card} that faces {@code toward}. */
    static Point facingPort(Bounds card, Point toward) {
        double dx = toward.x() - card.centerX();
        double dy = toward.y() - card.centerY();
        if (Math.abs(dx) * card.height() >= Math.abs(dy) * card.width()) {
            return new Point(dx >= 0 ? card.maxX() : card.x(), card.centerY());
        }
        return new Point(card.centerX(), dy >= 0 ? card.maxY() : card.y());
    }

    /** The points without repeats and without points in the middle of a straight run. */
    static List<Point> simplified(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && same(out.get(out.size() - 1), p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                // b in the middle of a straight run goes; a turn back at b (a spike to a waypoint) stays.
                boolean straight = (same(a.x(), b.x()) && same(b.x(), p.x()) && between(a.y(), b.y(), p.y()))
                        || (same(a.y(), b.y()) && same(b.y(), p.y()) && between(a.x(), b.x(), p.x()));
                if (straight) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static boolean between(double a, double b, double c) {
        return (a <= b && b <= c) || (a >= b && b >= c);
    }

    private static boolean same(Point a, Point b) {
        return same(a.x(), b.x()) && same(a.y(), b.y());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
