package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.List;

/**
 * The test's own geometry for drawn links (shares nothing with the router): whether a segment passes
 * through the inside of a card, and the checks every exported link must pass.
 */
public final class DrawnRoutes {

    private DrawnRoutes() {
    }

    /**
     * Whether the segment (x0,y0)-(x1,y1) has a point strictly inside {@code r} (shrunk by half a unit, so a
     * line along a side or ending on it does not count). Liang-Barsky clipping against the rectangle.
     */
    public static boolean crossesInside(double x0, double y0, double x1, double y1, Bounds r) {
        double left = r.x() + 0.5;
        double right = r.x() + r.width() - 0.5;
        double top = r.y() + 0.5;
        double bottom = r.y() + r.height() - 0.5;
        if (left >= right || top >= bottom) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - left, right - x0, y0 - top, bottom - y0};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false; // parallel to this side and outside (or on) it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    /** The cards (not servers) a straight line between the two cards' centres passes through, ends aside. */
    public static long cardsOnStraightLine(Design design, Component from, Component to) {
        return design.components().stream()
                .filter(c -> c.kind() != ComponentKind.SERVER && c != from && c != to)
                .filter(c -> !c.bounds().overlaps(from.bounds()) && !c.bounds().overlaps(to.bounds()))
                .filter(c -> crossesInside(from.bounds().centerX(), from.bounds().centerY(), to.bounds().centerX(),
                        to.bounds().centerY(), c.bounds()))
                .count();
    }

    /**
     * Checks a drawn link: horizontal and vertical segments only, starting on a side of {@code from} and
     * ending on a side of {@code to}, through the inside of no card (servers are containers, links may
     * cross them) that does not overlap an end.
     */
    public static void assertRouted(String what, Design design, Component from, Component to, List<double[]> points) {
        assertTrue(points.size() >= 2, what + ": a line");
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] a = points.get(i);
            double[] b = points.get(i + 1);
            assertTrue(Math.abs(a[0] - b[0]) < 0.05 || Math.abs(a[1] - b[1]) < 0.05,
                    what + ": segment " + i + " is horizontal or vertical");
        }
        assertTrue(onSide(points.get(0), from.bounds()), what + ": starts on a side of " + from.id());
        assertTrue(onSide(points.get(points.size() - 1), to.bounds()), what + ": ends on a side of " + to.id());
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.SERVER || c.bounds().overlaps(from.bounds())
                    || c.bounds().overlaps(to.bounds())) {
                continue;
            }
            for (int i = 0; i + 1 < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get(i + 1);
                assertTrue(!crossesInside(a[0], a[1], b[0], b[1], c.bounds()),
                        what + ": segment " + i + " crosses card " + c.id());
            }
        }
    }

    /** Whether the point lies on the outline of {@code r} (to a tenth of a unit: the SVG rounds to one decimal). */
    public static boolean onSide(double[] p, Bounds r) {
        double e = 0.1;
        boolean inX = p[0] >= r.x() - e && p[0] <= r.x() + r.width() + e;
        boolean inY = p[1] >= r.y() - e && p[1] <= r.y() + r.height() + e;
        boolean onVertical = Math.abs(p[0] - r.x()) <= e || Math.abs(p[0] - r.x() - r.width()) <= e;
        boolean onHorizontal = Math.abs(p[1] - r.y()) <= e || Math.abs(p[1] - r.y() - r.height()) <= e;
        return inX && inY && (onVertical || onHorizontal);
    }

    /** Whether the point lies on one of the polyline's segments. */
    public static int segmentThrough(List<double[]> points, double x, double y) {
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] a = points.get(i);
            double[] b = points.get(i + 1);
            boolean inBox = x >= Math.min(a[0], b[0]) - 0.1 && x <= Math.max(a[0], b[0]) + 0.1
                    && y >= Math.min(a[1], b[1]) - 0.1 && y <= Math.max(a[1], b[1]) + 0.1;
            double cross = (b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]);
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (inBox && Math.abs(cross) <= 0.1 * Math.max(1, length)) {
                return i;
            }
        }
        return -1;
    }
}
