package dev.infradesigner.ui.canvas;

import dev.infradesigner.analysis.layout.LabelSpot;
import dev.infradesigner.analysis.layout.OrthogonalRouter;
import dev.infradesigner.analysis.layout.RouteObstacles;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The drawn routes of links, made on demand and kept: a link is routed when its skin is made (it came into
 * view), and again only when it, its ends or a card near it moved. So panning and zooming a design of
 * thousands of components routes only the few links that enter the view, and an edit reroutes only what
 * it moved near.
 */
final class LinkRoutes {

    /** A link's route, where its label goes (null: nowhere it fits) and the area both cover. */
    record Routed(List<Point> points, Point label, Bounds area) {
    }

    private static final double LABEL_HEIGHT = 12;
    private static final double CHAR_WIDTH = 5.6;

    private final Function<Bounds, Set<String>> componentsNear;
    private final Function<Bounds, Set<String>> linksNear;
    private final Map<String, List<Point>> paths = new HashMap<>();
    private final Map<String, Routed> routed = new HashMap<>();
    private final Set<String> pending = new java.util.LinkedHashSet<>();
    private long budgetEnd = Long.MAX_VALUE;

    /** @param componentsNear the ids of components that may lie in an area; {@code linksNear} the same for links */
    LinkRoutes(Function<Bounds, Set<String>> componentsNear, Function<Bounds, Set<String>> linksNear) {
        this.componentsNear = componentsNear;
        this.linksNear = linksNear;
    }

    /** The route and label of {@code link} in {@code d}, from the cache when nothing near it changed. */
    Routed routed(Design d, Link link, String labelText) {
        Routed r = routed.get(link.id());
        if (r == null && System.nanoTime() > budgetEnd) {
            // Out of time in this frame: a route through nothing for now, the real one on a later frame.
            pending.add(link.id());
            Bounds from = d.component(link.from()).orElseThrow().bounds();
            Bounds to = d.component(link.to()).orElseThrow().bounds();
            List<Point> points = OrthogonalRouter.route(from, to, link.waypoints());
            return new Routed(points, null, area(points, null, ""));
        }
        if (r == null) {
            pending.remove(link.id());
            List<Point> points = path(d, link);
            Point label = label(d, link, points, labelText);
            r = new Routed(points, label, area(points, label, labelText));
            routed.put(link.id(), r);
        }
        return r;
    }

    /**
     * Gives routing {@code nanos} from now: a link asked for after that gets a stand-in route and waits in
     * {@link #pending}. A frame that brings hundreds of links into view (zooming out over a big design)
     * so stays a frame, and the routes come in over the next ones.
     */
    void budget(long nanos) {
        budgetEnd = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + nanos;
    }

    /** The links drawn with a stand-in route, waiting for their real one (the caller removes what it routes). */
    Set<String> pending() {
        return pending;
    }

    /** The route of {@code link} with its ends at {@code from} and {@code to} (a drag preview: not kept). */
    Routed preview(Design d, Link link, Bounds from, Bounds to, List<Point> waypoints, Set<String> moving) {
        List<Bounds> obstacles = new ArrayList<>();
        for (Component c : near(d, searchArea(from, to, waypoints))) {
            if (!link.touches(c.id()) && !moving.contains(c.id())) {
                obstacles.add(RouteObstacles.of(c));
            }
        }
        List<Point> points = OrthogonalRouter.route(from, to, waypoints, obstacles);
        return new Routed(points, null, area(points, null, ""));
    }

    /** The route of a DNS record's "resolves to" arrow, around what lies between (not kept: there are few). */
    Routed resolution(Design d, Component dns, Component target) {
        List<Bounds> obstacles = new ArrayList<>();
        for (Component c : near(d, searchArea(dns.bounds(), target.bounds(), List.of()))) {
            if (!c.id().equals(dns.id()) && !c.id().equals(target.id())) {
                obstacles.add(RouteObstacles.of(c));
            }
        }
        List<Point> points = OrthogonalRouter.route(dns.bounds(), target.bounds(), List.of(), obstacles);
        String text = "resolves to";
        List<Bounds> cards = new ArrayList<>(obstacles);
        cards.add(dns.bounds());
        cards.add(target.bounds());
        Point label = LabelSpot.place(points, text.length() * CHAR_WIDTH + 6, LABEL_HEIGHT, cards, List.of());
        return new Routed(points, label, area(points, label, text));
    }

    /** The route only, kept: what the labels of other links avoid. */
    private List<Point> path(Design d, Link link) {
        List<Point> p = paths.get(link.id());
        if (p == null) {
            Bounds from = d.component(link.from()).orElseThrow().bounds();
            Bounds to = d.component(link.to()).orElseThrow().bounds();
            List<Component> near = near(d, searchArea(from, to, link.waypoints()));
            p = OrthogonalRouter.route(from, to, link.waypoints(), RouteObstacles.of(link, near));
            paths.put(link.id(), p);
        }
        return p;
    }

    private Point label(Design d, Link link, List<Point> points, String text) {
        double width = text.length() * CHAR_WIDTH + 6;
        Bounds box = box(points, width + 20, LABEL_HEIGHT + 20);
        List<Bounds> cards = new ArrayList<>();
        for (Component c : near(d, box)) {
            cards.add(RouteObstacles.of(c));
        }
        List<List<Point>> others = new ArrayList<>();
        for (String id : linksNear.apply(box)) {
            if (!id.equals(link.id())) {
                // Only the routes made already: routing every neighbour to place one label cost more
                // than the label is worth (labels of links routed later avoid this one's instead).
                List<Point> other = paths.get(id);
                if (other != null) {
                    others.add(other);
                }
                // The labels placed already are in the way too (two links out of one side share a start).
                Routed placed = routed.get(id);
                if (placed != null && placed.label() != null) {
                    Point c = placed.label();
                    cards.add(new Bounds(c.x() - width / 2, c.y() - LABEL_HEIGHT / 2, width, LABEL_HEIGHT));
                }
            }
        }
        return LabelSpot.place(points, width, LABEL_HEIGHT, cards, others);
    }

    /**
     * Forgets the routes that may have changed: those of the given links and those passing near an area
     * that changed (where a card was or now is). Returns the ids of the links forgotten whose skins must go.
     */
    Set<String> forget(Set<String> linkIds, List<Bounds> changedAreas) {
        if (linkIds.isEmpty() && changedAreas.isEmpty()) {
            return Set.of(); // a settings edit: nothing moved, every route stands
        }
        Set<String> gone = new java.util.HashSet<>(linkIds);
        for (Iterator<Map.Entry<String, List<Point>>> it = paths.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, List<Point>> e = it.next();
            if (gone.contains(e.getKey()) || touches(e.getValue(), changedAreas)) {
                gone.add(e.getKey());
                it.remove();
            }
        }
        for (Iterator<Map.Entry<String, Routed>> it = routed.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Routed> e = it.next();
            // A label avoids the routes near it: when one of those changed, the label may have to move.
            if (gone.contains(e.getKey()) || touches(e.getValue().area(), changedAreas)) {
                gone.add(e.getKey());
                it.remove();
                paths.remove(e.getKey());
            }
        }
        return gone;
    }

    /** Forgets every route (another design, or one changed throughout). */
    void clear() {
        paths.clear();
        routed.clear();
        pending.clear();
    }

    private static boolean touches(List<Point> points, List<Bounds> areas) {
        return touches(box(points, 2 * OrthogonalRouter.REACH, 2 * OrthogonalRouter.REACH), areas);
    }

    private static boolean touches(Bounds box, List<Bounds> areas) {
        for (Bounds a : areas) {
            if (a.overlaps(box)) {
                return true;
            }
        }
        return false;
    }

    private List<Component> near(Design d, Bounds area) {
        List<Component> out = new ArrayList<>();
        for (String id : componentsNear.apply(area)) {
            d.component(id).ifPresent(out::add);
        }
        return out;
    }

    /** Where the router may look for obstacles of a link between {@code from} and {@code to}. */
    static Bounds searchArea(Bounds from, Bounds to, List<Point> waypoints) {
        double minX = Math.min(from.x(), to.x());
        double minY = Math.min(from.y(), to.y());
        double maxX = Math.max(from.maxX(), to.maxX());
        double maxY = Math.max(from.maxY(), to.maxY());
        for (Point p : waypoints) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double r = 1.5 * OrthogonalRouter.REACH;
        return new Bounds(minX - r, minY - r, maxX - minX + 2 * r, maxY - minY + 2 * r);
    }

    /** The box of the points, widened by {@code padX} and {@code padY} on every side. */
    static Bounds box(List<Point> points, double padX, double padY) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX - padX, minY - padY, maxX - minX + 2 * padX, maxY - minY + 2 * padY);
    }

    private static Bounds area(List<Point> points, Point label, String text) {
        Bounds b = box(points, 12, 12);
        if (label == null) {
            return b;
        }
        double half = (text.length() * CHAR_WIDTH + 6) / 2;
        double minX = Math.min(b.x(), label.x() - half);
        double maxX = Math.max(b.maxX(), label.x() + half);
        double minY = Math.min(b.y(), label.y() - LABEL_HEIGHT);
        double maxY = Math.max(b.maxY(), label.y() + LABEL_HEIGHT);
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
