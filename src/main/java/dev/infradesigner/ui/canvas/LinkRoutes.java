package dev.infradesigner.ui.canvas;

import dev.infradesigner.analysis.layout.EndSpread;
import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.analysis.layout.OrthogonalRouter;
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

    private final Function<Bounds, Set<String>> componentsNear;
    private final Function<Bounds, Set<String>> linksNear;
    /** The routes as the router makes them, ends at the middles of sides: what the spread of ends needs. */
    private final Map<String, List<Point>> raw = new HashMap<>();
    /** The ends of the links in {@link #raw}, as they were routed: whose spread a change there moves. */
    private final Map<String, List<String>> ends = new HashMap<>();
    /** The routes with their ends spread along the sides ({@link EndSpread}): what is drawn. */
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
        List<Point> points = LinkRouting.route(link, from, to, waypoints,
                area -> near(d, area).stream().filter(c -> !moving.contains(c.id())).toList());
        return new Routed(points, null, area(points, null, ""));
    }

    /**
     * The route of {@code link} in {@code d} through other {@code waypoints} (a bend or a segment being
     * dragged: not kept), its ends spread among the other links at its cards as they will be on release.
     */
    Routed reshaped(Design d, Link link, List<Point> waypoints) {
        Bounds from = d.component(link.from()).orElseThrow().bounds();
        Bounds to = d.component(link.to()).orElseThrow().bounds();
        List<Point> own = LinkRouting.route(link, from, to, waypoints, area -> near(d, area));
        if (waypoints.size() > Link.MAX_WAYPOINTS) {
            return new Routed(own, null, area(own, null, ""));
        }
        Link bent = link.withWaypoints(waypoints);
        List<Point> points = EndSpread.spread(d, bent, l -> l.id().equals(link.id()) ? own : rawPath(d, l));
        return new Routed(points, null, area(points, null, ""));
    }

    /** The route of a DNS record's "resolves to" arrow, around what lies between (not kept: there are few). */
    Routed resolution(Design d, Component dns, Component target) {
        LinkRouting.Drawn drawn = LinkRouting.resolution(dns, target, area -> near(d, area));
        return new Routed(drawn.points(), drawn.label(),
                area(drawn.points(), drawn.label(), LinkRouting.RESOLVES_TO));
    }

    /** The route only, kept: what the labels of other links avoid. */
    private List<Point> path(Design d, Link link) {
        List<Point> p = paths.get(link.id());
        if (p == null) {
            p = EndSpread.spread(d, link, l -> rawPath(d, l));
            paths.put(link.id(), p);
        }
        return p;
    }

    /** The route as the router makes it, kept: the spread of the other links at its cards asks for it too. */
    private List<Point> rawPath(Design d, Link link) {
        List<Point> p = raw.get(link.id());
        if (p == null) {
            Bounds from = d.component(link.from()).orElseThrow().bounds();
            Bounds to = d.component(link.to()).orElseThrow().bounds();
            p = LinkRouting.route(link, from, to, area -> near(d, area));
            raw.put(link.id(), p);
            ends.put(link.id(), List.of(link.from(), link.to()));
        }
        return p;
    }

    private Point label(Design d, Link link, List<Point> points, String text) {
        Bounds box = LinkRouting.labelArea(points, text);
        List<List<Point>> others = new ArrayList<>();
        List<Point> placedLabels = new ArrayList<>();
        for (String id : linksNear.apply(box)) {
            if (!id.equals(link.id())) {
                // Only the routes made already: routing every neighbour to place one label cost more
                // than the label is worth (labels of links routed later avoid this one's instead).
                List<Point> other = paths.get(id);
                if (other != null) {
                    others.add(other);
                }
                Routed placed = routed.get(id);
                if (placed != null && placed.label() != null) {
                    placedLabels.add(placed.label());
                }
            }
        }
        return LinkRouting.label(points, text, near(d, box), others, placedLabels);
    }

    /**
     * Forgets the routes that may have changed: those of the given links (changed, added or gone), those
     * passing near an area that changed (where a card was or now is) and, as their ends spread along the
     * sides they share, those of the other links at the cards of all these. Returns the ids of the links
     * forgotten whose skins must go.
     */
    Set<String> forget(Design next, Set<String> linkIds, List<Bounds> changedAreas) {
        if (linkIds.isEmpty() && changedAreas.isEmpty()) {
            return Set.of(); // a settings edit: nothing moved, every route stands
        }
        Set<String> gone = new java.util.HashSet<>(linkIds);
        for (Iterator<Map.Entry<String, List<Point>>> it = raw.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, List<Point>> e = it.next();
            if (gone.contains(e.getKey()) || touches(e.getValue(), changedAreas)) {
                gone.add(e.getKey());
                it.remove();
            }
        }
        Set<String> cards = new java.util.HashSet<>();
        for (String id : gone) {
            List<String> was = ends.remove(id);
            if (was != null) {
                cards.addAll(was);
            }
            next.link(id).ifPresent(l -> {
                cards.add(l.from());
                cards.add(l.to());
            });
        }
        for (String card : cards) {
            next.linksFrom(card).forEach(l -> gone.add(l.id()));
            next.linksTo(card).forEach(l -> gone.add(l.id()));
        }
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
        raw.clear();
        ends.clear();
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

    /** The box of the points, widened by {@code padX} and {@code padY} on every side. */
    static Bounds box(List<Point> points, double padX, double padY) {
        return LinkRouting.box(points, padX, padY);
    }

    private static Bounds area(List<Point> points, Point label, String text) {
        Bounds b = box(points, 12, 12);
        if (label == null) {
            return b;
        }
        double half = LinkRouting.labelWidth(text) / 2;
        double minX = Math.min(b.x(), label.x() - half);
        double maxX = Math.max(b.maxX(), label.x() + half);
        double minY = Math.min(b.y(), label.y() - LinkRouting.LABEL_HEIGHT);
        double maxY = Math.max(b.maxY(), label.y() + LinkRouting.LABEL_HEIGHT);
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
