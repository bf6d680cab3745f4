package dev.infradesigner.analysis.layout;

import dev.infradesigner.edit.ServerGrid;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Tidy Up: a design laid out as its traffic flows, left to right, with Eclipse ELK's layered algorithm
 * (Sugiyama: layering by network simplex, crossing minimisation by layer sweep, Brandes-Koepf placement).
 * Servers are containers: their cards are arranged first ({@link ServerGrid#byTier}), then the top level
 * (servers and the components no server hosts) is layered over the traffic links between them, each link
 * kept only where it runs to a later tier so that replication, monitoring and back-references never turn
 * the flow around. Near linear in practice; 5,000 components take a few hundred milliseconds.
 */
public final class TidyLayout {

    private static final double LEFT = 40;
    private static final double TOP = 40;

    static {
        // Without the Eclipse platform, nothing registers the algorithm's options ("Couldn't clone property").
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARM = new java.util.concurrent.atomic.AtomicBoolean();

    private TidyLayout() {
    }

    /**
     * Loads and runs ELK once on a tiny design, at most once per process: the first layout of a JVM spends
     * 2-3 s loading the library (measured by TidyUpBenchmark), which a user's first Tidy Up should not wait for.
     */
    public static void warmUp() {
        if (WARM.compareAndSet(false, true)) {
            Component users = Component.create("users", ComponentKind.USERS, "Users", new Bounds(0, 0, 168, 56));
            Component lb = Component.create("lb", ComponentKind.LOAD_BALANCER, "LB", new Bounds(0, 0, 168, 56));
            all(new Design("warm-up", List.of(users, lb), List.of(Link.of("users-lb", "users", "lb",
                    dev.infradesigner.model.Protocol.HTTP))));
        }
    }

    /** Every component's new bounds, the whole design tidied and placed at the top left of the canvas. */
    public static Map<String, Bounds> all(Design design) {
        List<String> ids = design.components().stream().map(Component::id).toList();
        return of(design, ids, true);
    }

    /**
     * New bounds for {@code ids} (servers bring what they host, a hosted card brings its server), tidied
     * among themselves and kept where they were: the outline's top-left corner stays, unless the tidied block
     * would then cover a component outside it; then the block moves the shortest way off it. Others do not
     * move.
     */
    public static Map<String, Bounds> selection(Design design, Collection<String> ids) {
        return of(design, ids, false);
    }

    private static Map<String, Bounds> of(Design design, Collection<String> ids, boolean toCorner) {
        Set<String> top = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            design.component(id).ifPresent(c -> top.add(c.hostId() != null && design.contains(c.hostId())
                    ? c.hostId() : c.id()));
        }
        Map<String, Bounds> result = new LinkedHashMap<>();
        if (top.isEmpty()) {
            return result;
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 100.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        root.setProperty(LayeredOptions.THOROUGHNESS, top.size() > 300 ? 1 : 7);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        Map<String, ElkNode> nodes = new HashMap<>();
        Map<String, Map<String, double[]>> insides = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (String id : top) {
            Component c = design.component(id).orElseThrow();
            ElkNode node = ElkGraphUtil.createNode(root);
            double w = c.bounds().width();
            double h = c.bounds().height();
            int rank = Tiers.rank(c.kind());
            if (c.kind() == ComponentKind.SERVER) {
                List<Component> hosted = design.hostedOn(id);
                Map<String, double[]> inside = ServerGrid.byTier(hosted);
                insides.put(id, inside);
                w = inside.get("")[2];
                h = inside.get("")[3];
                rank = hosted.stream().filter(k -> Tiers.onTheFlow(k.kind())).mapToInt(k -> Tiers.rank(k.kind()))
                        .min().orElse(rank);
            }
            node.setDimensions(w, h);
            nodes.put(id, node);
            ranks.put(id, rank);
        }
        Set<String> edges = new HashSet<>();
        for (Link link : design.links()) {
            if (link.protocol().userTraffic()) {
                edge(design, link.from(), link.to(), nodes, ranks, edges);
            }
        }
        for (Component dns : design.componentsOf(ComponentKind.DNS)) {
            String target = dns.settings(DnsSettings.class).target();
            if (target != null) {
                edge(design, dns.id(), target, nodes, ranks, edges);
            }
            for (Component users : design.componentsOf(ComponentKind.USERS)) {
                edge(design, users.id(), dns.id(), nodes, ranks, edges);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (ElkNode node : nodes.values()) {
            minX = Math.min(minX, node.getX());
            minY = Math.min(minY, node.getY());
        }
        double originX = LEFT;
        double originY = TOP;
        if (!toCorner) {
            List<Component> before = new ArrayList<>();
            for (String id : top) {
                before.add(design.component(id).orElseThrow());
            }
            Bounds outline = dev.infradesigner.model.FreeSpace.outline(before);
            originX = outline.x();
            originY = outline.y();
        }
        for (String id : top) {
            ElkNode node = nodes.get(id);
            double x = clamp(originX + node.getX() - minX);
            double y = clamp(originY + node.getY() - minY);
            result.put(id, new Bounds(x, y, node.getWidth(), node.getHeight()));
            Map<String, double[]> inside = insides.get(id);
            if (inside != null) {
                inside.forEach((hostedId, o) -> {
                    if (!hostedId.isEmpty()) {
                        result.put(hostedId, new Bounds(clamp(x + o[0]), clamp(y + o[1]), o[2], o[3]));
                    }
                });
            }
        }
        return toCorner ? result : clearOfOthers(design, top, result);
    }

    /**
     * The tidied selection, moved as one block the shortest way to a free place when it would cover a
     * component left out of it ({@link NearestFree}): tidying a few cards must not hide the others.
     */
    private static Map<String, Bounds> clearOfOthers(Design design, Set<String> top, Map<String, Bounds> result) {
        List<Bounds> others = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.hostId() == null && !top.contains(c.id())) {
                others.add(c.bounds());
            }
        }
        List<Bounds> block = top.stream().map(result::get).toList();
        if (block.stream().noneMatch(b -> others.stream().anyMatch(b::overlaps))) {
            return result;
        }
        double minX = block.stream().mapToDouble(Bounds::x).min().orElseThrow();
        double minY = block.stream().mapToDouble(Bounds::y).min().orElseThrow();
        double maxX = block.stream().mapToDouble(Bounds::maxX).max().orElseThrow();
        double maxY = block.stream().mapToDouble(Bounds::maxY).max().orElseThrow();
        double[] move = NearestFree.offset(new Bounds(minX, minY, maxX - minX, maxY - minY), others);
        double dx = move[0];
        double dy = move[1];
        Map<String, Bounds> shifted = new LinkedHashMap<>();
        result.forEach((id, b) -> shifted.put(id, new Bounds(clamp(b.x() + dx), clamp(b.y() + dy), b.width(),
                b.height())));
        return shifted;
    }

    private static void edge(Design design, String from, String to, Map<String, ElkNode> nodes,
            Map<String, Integer> ranks, Set<String> edges) {
        String a = topOf(design, from);
        String b = topOf(design, to);
        if (a == null || b == null || a.equals(b) || !nodes.containsKey(a) || !nodes.containsKey(b)) {
            return;
        }
        // Only links towards a later tier shape the layers: the flow never turns back.
        if (ranks.get(a) >= ranks.get(b) || !edges.add(a + "\u0000" + b)) {
            return;
        }
        ElkGraphUtil.createSimpleEdge(nodes.get(a), nodes.get(b));
    }

    private static String topOf(Design design, String id) {
        return design.component(id).map(c -> c.hostId() != null ? c.hostId() : c.id()).orElse(null);
    }

    /**
     * Whether the design has no positions of its own: every component at the origin (or all on one spot), as
     * designs generated by scripts or imported from elsewhere arrive. Such a design is tidied when opened.
     */
    public static boolean needsLayout(Design design) {
        List<Component> all = design.components();
        if (all.size() < 2) {
            return false;
        }
        Bounds first = all.get(0).bounds();
        return all.stream().allMatch(c -> c.bounds().x() == first.x() && c.bounds().y() == first.y());
    }

    /**
     * {@code design} as it is shown when opened: laid out like Tidy Up when it has no positions of its own
     * ({@link #needsLayout}), else as it is. Part of loading, not an edit: nothing to undo, and the file is
     * not marked changed, since opening it again lays it out the same way.
     */
    public static Design asOpened(Design design) {
        return needsLayout(design) ? Placed.apply(design, all(design)) : design;
    }

    private static double clamp(double v) {
        return Math.max(-Bounds.LIMIT / 2, Math.min(Bounds.LIMIT / 2, v));
    }
}
