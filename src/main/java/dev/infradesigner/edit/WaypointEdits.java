package dev.infradesigner.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The edits of a link's waypoints (the bends a person puts in a drawn link): add one where the link was
 * double-clicked, move one, remove one, straighten the link. Each is one undoable step; a move of cards
 * takes along the waypoints of the links whose both ends move ({@link #followMove}).
 */
public final class WaypointEdits {

    private WaypointEdits() {
    }

    /** A waypoint at (x, y) on the link, between the bends it lies between along the link's centre line. */
    public static Outcome add(Design design, String linkId, double x, double y) {
        Link link = link(design, linkId);
        if (link.waypoints().size() >= Link.MAX_WAYPOINTS) {
            throw new EditRefusedException("A link has at most " + Link.MAX_WAYPOINTS + " bends.");
        }
        Point point = new Point(Layout.clamp(x), Layout.clamp(y));
        int best = SegmentMove.nearest(skeleton(design, link), point.x(), point.y());
        List<Point> next = new ArrayList<>(link.waypoints());
        next.add(best, point);
        return Outcome.of(design.with(link.withWaypoints(next)), "Add a bend to the link");
    }

    /** Waypoint {@code index} of the link moved to (x, y). */
    public static Outcome move(Design design, String linkId, int index, double x, double y) {
        Link link = link(design, linkId);
        List<Point> next = new ArrayList<>(link.waypoints());
        if (index < 0 || index >= next.size()) {
            throw new EditRefusedException("That bend is gone.");
        }
        next.set(index, new Point(Layout.clamp(x), Layout.clamp(y)));
        return Outcome.of(design.with(link.withWaypoints(next)), "Move a bend of the link");
    }

    /**
     * The link with {@code waypoints} in place of its own: a dragged segment ({@link SegmentMove}), one step
     * however long the drag.
     */
    public static Outcome reshape(Design design, String linkId, List<Point> waypoints) {
        Link link = link(design, linkId);
        if (waypoints.size() > Link.MAX_WAYPOINTS) {
            throw new EditRefusedException("A link has at most " + Link.MAX_WAYPOINTS + " bends.");
        }
        if (waypoints.equals(link.waypoints())) {
            throw new EditRefusedException("The link did not move.");
        }
        return Outcome.of(design.with(link.withWaypoints(waypoints)), "Move a segment of the link");
    }

    /** The link without waypoint {@code index}. */
    public static Outcome remove(Design design, String linkId, int index) {
        Link link = link(design, linkId);
        List<Point> next = new ArrayList<>(link.waypoints());
        if (index < 0 || index >= next.size()) {
            throw new EditRefusedException("That bend is gone.");
        }
        next.remove(index);
        return Outcome.of(design.with(link.withWaypoints(next)), "Remove a bend of the link");
    }

    /** The links without any waypoint: routed by the canvas alone again. */
    public static Outcome straighten(Design design, Collection<String> linkIds) {
        Design next = design;
        int n = 0;
        for (String id : linkIds) {
            Link link = design.link(id).orElse(null);
            if (link != null && !link.waypoints().isEmpty()) {
                next = next.with(link.withWaypoints(List.of()));
                n++;
            }
        }
        if (n == 0) {
            throw new EditRefusedException("No link with bends is selected.");
        }
        return Outcome.of(next, n == 1 ? "Straighten link" : "Straighten " + n + " links");
    }

    /**
     * {@code after} (a move of {@code moving} by (dx, dy) in {@code before}) with the waypoints of every
     * link whose ends both moved shifted the same way, so the drawing moves as one; a link with one end
     * moved keeps its waypoints where the person put them.
     */
    static Design followMove(Design before, Design after, Set<String> moving, double dx, double dy) {
        Design next = after;
        for (Link link : before.links()) {
            if (!link.waypoints().isEmpty() && moving.contains(link.from()) && moving.contains(link.to())) {
                List<Point> shifted = link.waypoints().stream()
                        .map(p -> new Point(Layout.clamp(p.x() + dx), Layout.clamp(p.y() + dy))).toList();
                next = next.with(link.withWaypoints(shifted));
            }
        }
        return next;
    }

    private static Link link(Design design, String id) {
        return design.link(id).orElseThrow(() -> new EditRefusedException("That link is gone."));
    }

    /** The link's centre line: from the centre of one end through its waypoints to the centre of the other. */
    private static List<Point> skeleton(Design design, Link link) {
        Bounds from = design.component(link.from()).orElseThrow().bounds();
        Bounds to = design.component(link.to()).orElseThrow().bounds();
        List<Point> p = new ArrayList<>();
        p.add(new Point(from.centerX(), from.centerY()));
        p.addAll(link.waypoints());
        p.add(new Point(to.centerX(), to.centerY()));
        return p;
    }
}
