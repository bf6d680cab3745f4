package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A drag's preview: the dragged cards shifted by a translation, the links at them rerouted as if the move
 * were done (without the cards that move as obstacles), nothing in the design changed until the drop.
 */
final class MovePreview {

    private MovePreview() {
    }

    /** Redraws the skins of {@code moving} and of the links touching them as if shifted by (dx, dy). */
    static void show(Design design, Set<String> moving, double dx, double dy, Map<String, ElementSkin> skins,
            Map<String, LinkSkin> resolutions, LinkRoutes routes) {
        for (String id : moving) {
            ElementSkin skin = skins.get(id);
            if (skin != null) {
                skin.node().setTranslateX(dx);
                skin.node().setTranslateY(dy);
            }
        }
        Set<String> touching = new HashSet<>();
        for (String id : moving) {
            design.linksFrom(id).forEach(l -> touching.add(l.id()));
            design.linksTo(id).forEach(l -> touching.add(l.id()));
        }
        for (String linkId : touching) {
            ElementSkin skin = skins.get(linkId);
            Link l = design.link(linkId).orElse(null);
            if (skin instanceof LinkSkin linkSkin && l != null) {
                // A link whose ends both move takes its waypoints along (as the move itself will).
                boolean both = moving.contains(l.from()) && moving.contains(l.to());
                List<Point> waypoints = both ? l.waypoints().stream().map(p -> p.moved(dx, dy)).toList() : l.waypoints();
                linkSkin.update(dx == 0 && dy == 0 ? routes.routed(design, l, LinkSkin.text(l))
                        : routes.preview(design, l, shifted(design, l.from(), moving, dx, dy),
                                shifted(design, l.to(), moving, dx, dy), waypoints, moving));
            }
        }
        for (Map.Entry<String, LinkSkin> e : resolutions.entrySet()) {
            Component dns = design.component(e.getKey()).orElse(null);
            if (dns == null) {
                continue;
            }
            String target = targetOf(dns);
            if ((moving.contains(dns.id()) || moving.contains(target)) && design.component(target).isPresent()) {
                Component t = design.component(target).orElseThrow();
                e.getValue().update(routes.resolution(design, dns.withBounds(shifted(design, dns.id(), moving, dx, dy)),
                        t.withBounds(shifted(design, target, moving, dx, dy))));
            }
        }
    }

    private static Bounds shifted(Design design, String id, Set<String> moving, double dx, double dy) {
        Bounds b = design.component(id).orElseThrow().bounds();
        return moving.contains(id) ? b.moved(dx, dy) : b;
    }

    private static String targetOf(Component dns) {
        String target = dns.settings(DnsSettings.class).target();
        return target == null ? "" : target;
    }
}
