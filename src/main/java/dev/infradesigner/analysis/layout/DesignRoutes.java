package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every link of a design routed and labelled at once, the way the canvas draws them (through
 * {@link LinkRouting}, in the design's order of links): what the image exports draw, so a diagram a person
 * trusts on screen is the same diagram on paper.
 *
 * @param links       each link's route and label, by link id, in the design's order
 * @param resolutions each DNS record's arrow to what it resolves to, by the record's id
 */
public record DesignRoutes(Map<String, LinkRouting.Drawn> links, Map<String, LinkRouting.Drawn> resolutions) {

    /** Routes every link of {@code design} (the canvas routes only those in view, the same way). */
    public static DesignRoutes of(Design design) {
        List<Component> all = design.components();
        java.util.function.Function<Bounds, List<Component>> near = area -> {
            List<Component> out = new ArrayList<>();
            for (Component c : all) {
                if (c.bounds().overlaps(area)) {
                    out.add(c);
                }
            }
            return out;
        };
        Map<String, List<Point>> raw = new LinkedHashMap<>();
        for (Link l : design.links()) {
            Bounds from = design.component(l.from()).orElseThrow().bounds();
            Bounds to = design.component(l.to()).orElseThrow().bounds();
            raw.put(l.id(), LinkRouting.route(l, from, to, near));
        }
        // The ends that share a side of a card spread along it, knowing every link's route.
        Map<String, List<Point>> paths = new LinkedHashMap<>();
        for (Link l : design.links()) {
            paths.put(l.id(), EndSpread.spread(design, l, other -> raw.get(other.id())));
        }
        // A label avoids the routes made before it and the labels placed before it, as on the canvas when
        // the whole design is in view.
        Map<String, LinkRouting.Drawn> links = new LinkedHashMap<>();
        List<List<Point>> before = new ArrayList<>();
        List<Point> placed = new ArrayList<>();
        for (Link l : design.links()) {
            List<Point> points = paths.get(l.id());
            String text = LinkRouting.text(l);
            Point label = LinkRouting.label(points, text, near.apply(LinkRouting.labelArea(points, text)),
                    before, placed);
            links.put(l.id(), new LinkRouting.Drawn(points, label));
            before.add(points);
            if (label != null) {
                placed.add(label);
            }
        }
        Map<String, LinkRouting.Drawn> resolutions = new LinkedHashMap<>();
        for (Component dns : design.componentsOf(ComponentKind.DNS)) {
            String target = dns.settings(DnsSettings.class).target();
            design.component(target == null ? "" : target)
                    .ifPresent(t -> resolutions.put(dns.id(), LinkRouting.resolution(dns, t, near)));
        }
        return new DesignRoutes(links, resolutions);
    }
}
