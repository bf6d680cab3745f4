package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The skins of a design in three layers (servers at the back, links, components on top), virtualised:
 * only what lies in the area on screen (plus a margin) has a skin, so a design of thousands of components
 * costs what its visible part costs. An edit replaces only the skins of what it changed, never the scene.
 */
final class SkinLayers {

    final Group servers = new Group();
    final Group links = new Group();
    final Group components = new Group();
    private final Map<String, ElementSkin> skins = new HashMap<>();
    private final Map<String, LinkSkin> resolutions = new HashMap<>();
    private final Consumer<ElementSkin> onCreate;
    private SpatialGrid componentGrid = new SpatialGrid();
    private SpatialGrid linkGrid = new SpatialGrid();
    private final LinkRoutes routes = new LinkRoutes(a -> componentGrid.candidates(a), a -> linkGrid.candidates(a));
    /** The width of the links' transparent hit lines: about 10 px on screen at every zoom. */
    private final javafx.beans.property.DoubleProperty hitWidth = new javafx.beans.property.SimpleDoubleProperty(10);
    private final RouteRefiner refiner;
    private Design shown;
    private Bounds area;

    /** @param onCreate styles a new skin (selection, what-if) as the canvas wants it */
    SkinLayers(Consumer<ElementSkin> onCreate) {
        this.onCreate = onCreate;
        this.refiner = new RouteRefiner(routes, id -> {
            Link l = shown == null ? null : shown.link(id).orElse(null);
            if (l != null && skins.get(id) instanceof LinkSkin skin) {
                skin.update(routes.routed(shown, l, LinkSkin.text(l)));
            }
        });
    }

    /** Keeps the links' hit lines about 10 px wide on screen at {@code zoom}. */
    void setZoom(double zoom) {
        hitWidth.set(10 / zoom);
    }

    LinkRoutes routes() {
        return routes;
    }

    ElementSkin skin(String id) {
        return skins.get(id);
    }

    /** The skins that exist now (those in or near the view). */
    List<ElementSkin> all() {
        List<ElementSkin> list = new ArrayList<>(skins.values());
        list.addAll(resolutions.values());
        return list;
    }

    int count() {
        return skins.size() + resolutions.size();
    }

    /** Brings the skins in line with {@code next}, touching only what differs from the design shown. */
    void show(Design next) {
        Design previous = shown;
        shown = next;
        if (previous == null || next == null) {
            clear();
            routes.clear();
            index(next);
            fill();
            return;
        }
        Set<String> changed = new HashSet<>();
        Set<String> moved = new HashSet<>();
        List<Bounds> changedAreas = new ArrayList<>();
        Set<String> changedLinks = new HashSet<>();
        List<Component> before = previous.components();
        List<Component> after = next.components();
        // Most edits keep every component in its place: compare by position, without a lookup each.
        boolean samePlaces = before.size() == after.size();
        for (int i = 0; i < before.size(); i++) {
            Component old = before.get(i);
            Component now = samePlaces && after.get(i).id().equals(old.id()) ? after.get(i)
                    : next.component(old.id()).orElse(null);
            samePlaces = samePlaces && now == after.get(i);
            if (old != now && !old.equals(now)) {
                if (now == null || !looksTheSame(old, now)) {
                    changed.add(old.id());
                    remove(old.id());
                }
                if (now == null || !now.bounds().equals(old.bounds())) {
                    moved.add(old.id());
                    changedAreas.add(old.bounds());
                    componentGrid.removeBox(old.id(), old.bounds());
                    if (now != null) {
                        componentGrid.addBox(now.id(), now.bounds());
                        changedAreas.add(now.bounds());
                    }
                }
            }
        }
        if (!samePlaces) {
            for (Component now : after) {
                if (!previous.contains(now.id())) {
                    componentGrid.addBox(now.id(), now.bounds());
                    changedAreas.add(now.bounds());
                }
            }
        }
        if (previous.links() == next.links()) {
            // The same links (a design shares them when no link changed): only those at a changed or
            // moved component need a new skin or a new place in the index.
            Set<Link> touched = new java.util.LinkedHashSet<>();
            for (String id : changed.isEmpty() ? moved : union(changed, moved)) {
                touched.addAll(previous.linksFrom(id));
                touched.addAll(previous.linksTo(id));
            }
            for (Link link : touched) {
                refresh(previous, next, link, link, changed, moved);
            }
        } else {
            for (Link old : previous.links()) {
                Link now = next.link(old.id()).orElse(null);
                if (!old.equals(now)) {
                    changedLinks.add(old.id());
                }
                refresh(previous, next, old, now, changed, moved);
            }
            for (Link now : next.links()) {
                if (!previous.contains(now.id())) {
                    index(next, now);
                    changedLinks.add(now.id()); // a new link at a card spreads the ends on its side anew
                }
            }
        }
        // A route goes around the cards near it: one that moved (or came or went) may change routes nearby.
        for (String id : routes.forget(next, changedLinks, changedAreas)) {
            Link l = next.link(id).orElse(null);
            if (skins.get(id) instanceof LinkSkin skin && l != null) {
                skin.update(routes.routed(next, l, LinkSkin.text(l)));
            }
        }
        for (String id : new ArrayList<>(resolutions.keySet())) {
            Component dns = previous.component(id).orElse(null);
            if (dns == null || changed.contains(id) || changed.contains(targetOf(dns))
                    || LinkGeometry.overlapsAny(resolutions.get(id).area(), changedAreas)) {
                links.getChildren().remove(resolutions.remove(id));
            }
        }
        fill();
    }

    /** Drops the skin of link {@code old} (now {@code now}, null when gone) if it changed or its ends did. */
    private void refresh(Design previous, Design next, Link old, Link now, Set<String> changed, Set<String> moved) {
        boolean same = old == now || old.equals(now);
        if (!same || changed.contains(old.from()) || changed.contains(old.to())) {
            remove(old.id());
        }
        if (!same || moved.contains(old.from()) || moved.contains(old.to())) {
            unindex(previous, old);
            if (now != null) {
                index(next, now);
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Whether a component's card would be drawn the same: a card shows the kind, the label and the place,
     * so a settings change (the health check of a load balancer, say) keeps the card and its links, and an
     * edit in the inspector repaints only the inspector. Servers show their settings (host name, address)
     * and DNS records their target, so any change to those redraws them.
     */
    private static boolean looksTheSame(Component old, Component now) {
        return old.kind() == now.kind() && old.kind() != ComponentKind.SERVER && old.kind() != ComponentKind.DNS
                && old.label().equals(now.label()) && old.bounds().equals(now.bounds());
    }

    private void index(Design d) {
        componentGrid = new SpatialGrid();
        linkGrid = new SpatialGrid();
        if (d == null) {
            return;
        }
        for (Component c : d.components()) {
            componentGrid.addBox(c.id(), c.bounds());
        }
        for (Link l : d.links()) {
            index(d, l);
        }
    }

    private void index(Design d, Link l) {
        List<Point> p = LinkGeometry.skeleton(d, l);
        for (int i = 0; i + 1 < p.size(); i++) {
            linkGrid.addSegment(l.id(), p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y());
        }
    }

    private void unindex(Design d, Link l) {
        List<Point> p = LinkGeometry.skeleton(d, l);
        for (int i = 0; i + 1 < p.size(); i++) {
            linkGrid.removeSegment(l.id(), p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y());
        }
    }

    /** The ids of the components that may overlap {@code area} (a superset). */
    Set<String> componentsIn(Bounds area) {
        return componentGrid.candidates(area);
    }

    /** Keeps skins only for what overlaps {@code visible} (canvas units); {@code null} means everything. */
    void setArea(Bounds visible) {
        area = visible;
        if (shown == null) {
            return;
        }
        for (String id : new ArrayList<>(skins.keySet())) {
            ElementSkin skin = skins.get(id);
            boolean keep = skin instanceof LinkSkin ? linkInArea(id) : inArea(skin.area());
            if (!keep) {
                remove(id);
            }
        }
        for (String id : new ArrayList<>(resolutions.keySet())) {
            Component dns = shown.component(id).orElse(null);
            Component target = dns == null ? null : shown.component(targetOf(dns)).orElse(null);
            if (target == null || !lineInArea(dns.bounds(), target.bounds())) {
                links.getChildren().remove(resolutions.remove(id));
            }
        }
        fill();
    }

    private boolean inArea(Bounds b) {
        return area == null || area.overlaps(b);
    }

    /** Creates the missing skins of what lies in the area (found through the grids, not by a scan). */
    private void fill() {
        Design d = shown;
        if (d == null) {
            return;
        }
        routes.budget(RouteRefiner.BUDGET_NANOS);
        try {
            fillNow(d);
        } finally {
            routes.budget(Long.MAX_VALUE);
            refiner.wake();
        }
    }

    private void fillNow(Design d) {
        for (String id : componentGrid.candidates(area)) {
            if (!skins.containsKey(id)) {
                Component c = d.component(id).orElse(null);
                if (c != null && inArea(c.bounds())) {
                    addComponent(c);
                }
            }
        }
        for (String id : linkGrid.candidates(area)) {
            if (!skins.containsKey(id)) {
                Link l = d.link(id).orElse(null);
                if (l == null) {
                    continue;
                }
                if (linkInArea(l)) {
                    addLink(d, l);
                }
            }
        }
        for (Component dns : d.componentsOf(ComponentKind.DNS)) {
            if (!resolutions.containsKey(dns.id())) {
                d.component(targetOf(dns)).filter(t -> lineInArea(dns.bounds(), t.bounds())).ifPresent(target -> {
                    LinkSkin skin = LinkSkin.resolvesTo(dns.id(), routes.resolution(d, dns, target), hitWidth);
                    resolutions.put(dns.id(), skin);
                    links.getChildren().add(skin);
                    onCreate.accept(skin);
                });
            }
        }
    }

    private boolean linkInArea(String id) {
        Link l = shown.link(id).orElse(null);
        return l != null && linkInArea(l);
    }

    private boolean linkInArea(Link l) {
        List<Point> p = LinkGeometry.skeleton(shown, l);
        for (int i = 0; i + 1 < p.size(); i++) {
            if (lineInArea(p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line between the centres of two cards crosses the area (or either card lies in it): a long
     * link whose ends are both off screen is drawn only if it actually passes through the view.
     */
    private boolean lineInArea(Bounds from, Bounds to) {
        return area == null || inArea(from) || inArea(to)
                || lineInArea(from.centerX(), from.centerY(), to.centerX(), to.centerY());
    }

    private boolean lineInArea(double x0, double y0, double x1, double y1) {
        return area == null || LinkGeometry.crosses(area, x0, y0, x1, y1);
    }

    private static String targetOf(Component dns) {
        String target = dns.settings(DnsSettings.class).target();
        return target == null ? "" : target;
    }

    private void addComponent(Component c) {
        boolean server = c.kind() == ComponentKind.SERVER;
        ElementSkin skin = server ? new ServerSkin(c) : new ComponentSkin(c);
        skins.put(c.id(), skin);
        Group layer = server ? servers : components;
        insertInOrder(layer, skin.node(), c.id());
        onCreate.accept(skin);
    }

    /** Adds a skin to its layer; a component that comes into view goes at the end, which only matters where cards overlap. */
    private static void insertInOrder(Group layer, Node node, String id) {
        layer.getChildren().add(node);
    }

    private void addLink(Design d, Link l) {
        LinkSkin skin = new LinkSkin(l, routes.routed(d, l, LinkSkin.text(l)), hitWidth);
        skins.put(l.id(), skin);
        links.getChildren().add(skin);
        onCreate.accept(skin);
    }

    private void remove(String id) {
        ElementSkin skin = skins.remove(id);
        if (skin != null) {
            Node node = skin.node();
            ((Group) node.getParent()).getChildren().remove(node);
        }
    }

    private void clear() {
        servers.getChildren().clear();
        links.getChildren().clear();
        components.getChildren().clear();
        skins.clear();
        resolutions.clear();
    }

    /** Redraws, during a drag, the links touching moved components as if they were shifted by (dx, dy). */
    void previewMove(Design design, Set<String> moving, double dx, double dy) {
        MovePreview.show(design, moving, dx, dy, skins, resolutions, routes);
    }

    /** Undoes a preview (a drag that was cancelled or changed nothing). */
    void endPreview(Set<String> moving) {
        if (shown != null) {
            previewMove(shown, moving, 0, 0);
        }
    }
}
