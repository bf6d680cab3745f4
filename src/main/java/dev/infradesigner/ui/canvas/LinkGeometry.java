package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;

/** The small geometry culling needs about links: their centre lines and whether a segment crosses an area. */
final class LinkGeometry {

    private LinkGeometry() {
    }

    /**
     * A link's centre line, from the centre of one end through its waypoints to the centre of the other:
     * what culling indexes (its route runs near it, and knowing this costs no routing).
     */
    static List<Point> skeleton(Design d, Link l) {
        Bounds from = d.component(l.from()).orElseThrow().bounds();
        Bounds to = d.component(l.to()).orElseThrow().bounds();
        List<Point> p = new ArrayList<>(l.waypoints().size() + 2);
        p.add(new Point(from.centerX(), from.centerY()));
        p.addAll(l.waypoints());
        p.add(new Point(to.centerX(), to.centerY()));
        return p;
    }

    /** Whether the segment from (x0, y0) to (x1, y1) passes through {@code area} (Liang-Barsky clipping). */
    static boolean crosses(Bounds area, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - area.x(), area.maxX() - x0, y0 - area.y(), area.maxY() - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 <= t1;
    }

    static boolean overlapsAny(Bounds box, List<Bounds> areas) {
        for (Bounds a : areas) {
            if (a.overlaps(box)) {
                return true;
            }
        }
        return false;
    }
}
