package dev.infradesigner.edit;

import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Which waypoints a link gets when a person drags one segment of its drawn route, as in draw.io: a
 * horizontal segment moves up or down as a whole, a vertical one left or right, so the drag must pin both
 * of its ends at the new place. Kept apart from the canvas so the rule can be tested without a window: the
 * canvas knows the route, this knows nothing but points.
 */
public final class SegmentMove {

    /**
     * How far from a card a segment that starts or ends on it gets its new bend: a bend on the card's side
     * itself would leave the router no room to leave the card square.
     */
    static final double END_STUB = 20;
    private static final double EPS = 1e-6;

    private SegmentMove() {
    }

    /** The index of the segment of {@code route} nearest to (x, y) (segment i runs from point i to i + 1). */
    public static int nearest(List<Point> route, double x, double y) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < route.size(); i++) {
            double d = distance(x, y, route.get(i), route.get(i + 1));
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The waypoints that make the link's route run with segment {@code segment} moved by (dx, dy): only
     * across the segment when it is horizontal or vertical. The waypoints that lay on the segment give way
     * to the two new ones at its ends; those before and after it stay.
     *
     * @param route     the route as drawn: first point on the start card, last on the end card
     * @param waypoints the link's waypoints, each on the route
     */
    public static List<Point> moved(List<Point> route, List<Point> waypoints, int segment, double dx, double dy) {
        if (segment < 0 || segment + 1 >= route.size()) {
            throw new IllegalArgumentException("no segment " + segment + " in a route of " + route.size());
        }
        Point a = route.get(segment);
        Point b = route.get(segment + 1);
        boolean horizontal = Math.abs(a.y() - b.y()) < EPS && Math.abs(a.x() - b.x()) >= EPS;
        boolean vertical = Math.abs(a.x() - b.x()) < EPS && Math.abs(a.y() - b.y()) >= EPS;
        double mx = horizontal ? 0 : dx;
        double my = vertical ? 0 : dy;
        double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double ux = length == 0 ? 0 : (b.x() - a.x()) / length;
        double uy = length == 0 ? 0 : (b.y() - a.y()) / length;
        double stub = Math.min(END_STUB, length / 4);
        Point newA = new Point(a.x() + mx, a.y() + my);
        Point newB = new Point(b.x() + mx, b.y() + my);
        if (segment == 0) {
            newA = new Point(newA.x() + ux * stub, newA.y() + uy * stub);
        }
        if (segment + 2 == route.size()) {
            newB = new Point(newB.x() - ux * stub, newB.y() - uy * stub);
        }
        List<Point> out = new ArrayList<>();
        double[] at = positions(route, waypoints);
        for (int k = 0; k < waypoints.size(); k++) {
            if (at[k] < segment - EPS) {
                out.add(waypoints.get(k));
            }
        }
        add(out, clamp(newA));
        add(out, clamp(newB));
        for (int k = 0; k < waypoints.size(); k++) {
            if (at[k] > segment + 1 + EPS) {
                add(out, waypoints.get(k));
            }
        }
        return out;
    }

    /** Where along the route each waypoint lies (segment index plus the fraction of it), in order. */
    private static double[] positions(List<Point> route, List<Point> waypoints) {
        double[] at = new double[waypoints.size()];
        double from = 0;
        for (int k = 0; k < waypoints.size(); k++) {
            Point w = waypoints.get(k);
            double found = -1;
            for (int j = (int) Math.floor(from); j + 1 < route.size() && found < 0; j++) {
                double t = along(w, route.get(j), route.get(j + 1));
                if (!Double.isNaN(t) && j + t >= from - EPS) {
                    found = j + t;
                }
            }
            at[k] = found < 0 ? from : found;
            from = at[k];
        }
        return at;
    }

    /** The fraction of the way from a to b at which p lies on the segment, or NaN when it is off it. */
    private static double along(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        if (length == 0) {
            return Math.abs(p.x() - a.x()) < EPS && Math.abs(p.y() - a.y()) < EPS ? 0 : Double.NaN;
        }
        double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length;
        if (t < -EPS || t > 1 + EPS) {
            return Double.NaN;
        }
        double ox = a.x() + t * dx - p.x();
        double oy = a.y() + t * dy - p.y();
        return Math.hypot(ox, oy) < 1e-3 ? Math.max(0, Math.min(1, t)) : Double.NaN;
    }

    private static void add(List<Point> out, Point p) {
        if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
            out.add(p);
        }
    }

    private static Point clamp(Point p) {
        return new Point(Layout.clamp(p.x()), Layout.clamp(p.y()));
    }

    private static double distance(double x, double y, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
        return Math.hypot(x - a.x() - t * dx, y - a.y() - t * dy);
    }
}
