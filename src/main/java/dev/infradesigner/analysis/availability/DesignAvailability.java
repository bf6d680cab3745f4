package dev.infradesigner.analysis.availability;

import dev.infradesigner.analysis.Tier;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How available a design is: the probability that users reach every tier it needs, when its parts fail
 * independently, each up for the share of the time its availability says. The parts are the failure
 * domains (a server with all it hosts, a component on no server, a network device) and, on a server, each
 * component whose own software can fail it alone (HAProxy, Nginx, the application, MySQL). Reads and writes apart: the service is up for
 * reads when users reach the web, application and read tiers, and up for writes when they also reach a
 * writable primary, so a single primary lowers the second figure only. The tiers and reachability are the
 * failure analysis's own ({@link TrafficGraph}, {@link Tier}); docs/availability.md gives the definition,
 * the defaults and their sources.
 *
 * <p>Only the parts on some path users take matter (failing anything else changes no search), so the
 * engine factors over those alone, most important first (those whose loss alone cuts users off), which
 * decides most of the probability in the first splits.
 *
 * @param reads        the availability for reads (every tier but writes)
 * @param writes       the availability for writes, or {@code null} when the design writes nowhere
 * @param parts        how many parts are on some path users take
 * @param contributors the parts that cost downtime, most first
 */
public record DesignAvailability(Estimate reads, Estimate writes, int parts, List<Contributor> contributors) {

    /** The searches the engine may run for each figure; past it, the figures come as bounds. */
    public static final long BUDGET = 200_000;
    /**
     * The edges all the searches of one figure may visit in all: a big design gets fewer searches, so its
     * figure comes quickly as bounds rather than slowly as an exact value.
     */
    private static final long WORK = 50_000_000;
    /** The parts whose share of the downtime is worked out (two figures each), most important first. */
    private static final int CONTRIBUTORS = 24;
    private static final double TOLERANCE = 0;

    public DesignAvailability {
        contributors = List.copyOf(contributors);
    }

    /**
     * A part's share of the downtime (for reads): its criticality importance, the share of the expected
     * downtime during which it is down and its failure is what cuts users off.
     *
     * @param component    the server, device or component
     * @param host         the server it runs on when the part is a component's own software, else {@code null}
     * @param share        that share, 0 to 1
     * @param hoursPerYear the downtime that share stands for
     */
    public record Contributor(Component component, Component host, double share, double hoursPerYear) {

        /** "HAProxy 1 on LB server 1", or a server's or device's label. */
        public String name() {
            return host == null ? component.label() : component.label() + " on " + host.label();
        }
    }

    /** Where each part's availability comes from. */
    public interface Availabilities {

        /** A failure domain's: a server, a network device, a component on no server. */
        double domain(Component c);

        /** A component's own software on a server that is up. */
        double hosted(Component c);
    }

    /** The kinds' defaults (docs/availability.md). */
    public static final Availabilities DEFAULTS = new Availabilities() {
        @Override
        public double domain(Component c) {
            return c.kind().availability();
        }

        @Override
        public double hosted(Component c) {
            return c.kind().hostedAvailability();
        }
    };

    /**
     * The most parts the reports work a figure out for today: factoring decides a design of that size in
     * milliseconds, while one of a thousand parts needs the bounded approximation that is still to come
     * (docs/availability.md, "Not yet").
     */
    public static final int REPORTED_PARTS = 64;

    /** The availability of {@code design} with every part at its kind's default. */
    public static DesignAvailability of(Design design) {
        return of(design, DEFAULTS);
    }

    /** {@link #of(Design)}, or empty when the design has more than {@code maxParts} parts on users' paths. */
    public static java.util.Optional<DesignAvailability> ofAtMost(Design design, int maxParts) {
        return ofAtMost(design, maxParts, DEFAULTS);
    }

    /** {@link #ofAtMost(Design, int)} with the parts' availabilities from {@code availabilities}. */
    public static java.util.Optional<DesignAvailability> ofAtMost(Design design, int maxParts,
            Availabilities availabilities) {
        TrafficGraph graph = new TrafficGraph(design);
        Parts parts = Parts.of(graph, availabilities);
        return parts.up().length > maxParts ? java.util.Optional.empty()
                : java.util.Optional.of(solve(graph, parts, budgetFor(design)));
    }

    /** The kinds' defaults, with the components in {@code failed} down for certain (a what-if). */
    public static Availabilities withFailed(Set<String> failed) {
        return new Availabilities() {
            @Override
            public double domain(Component c) {
                return failed.contains(c.id()) ? 0 : DEFAULTS.domain(c);
            }

            @Override
            public double hosted(Component c) {
                return failed.contains(c.id()) ? 0 : DEFAULTS.hosted(c);
            }
        };
    }

    /** The availability of {@code design}, each part up for the share {@code availabilities} gives. */
    public static DesignAvailability of(Design design, Availabilities availabilities) {
        return of(design, availabilities, budgetFor(design));
    }

    /** {@link #of(Design, Availabilities)} with at most {@code budget} searches for each figure. */
    static DesignAvailability of(Design design, Availabilities availabilities, long budget) {
        TrafficGraph graph = new TrafficGraph(design);
        return solve(graph, Parts.of(graph, availabilities), budget);
    }

    /** The searches each figure may run for a design of this size: see {@link #WORK}. */
    private static long budgetFor(Design design) {
        long size = design.components().size() + design.links().size() + 1L;
        return Math.max(16, Math.min(BUDGET, WORK / size));
    }

    private static DesignAvailability solve(TrafficGraph graph, Parts parts, long budget) {
        Map<Tier, int[]> tiers = Tier.verticesOfEach(graph);
        List<int[]> members = parts.members();
        double[] up = parts.up();
        Set<Tier> readTiers = EnumSet.noneOf(Tier.class);
        tiers.forEach((tier, vertices) -> {
            if (vertices.length > 0 && tier != Tier.DATABASE_WRITES) {
                readTiers.add(tier);
            }
        });
        Set<Tier> writeTiers = EnumSet.of(Tier.DATABASE_WRITES);
        writeTiers.addAll(readTiers);
        Service reads = new Service(graph, tiers, readTiers, members, up);
        List<Integer> order = reads.importanceOrder();
        Service orderedReads = reads.reordered(order);
        Estimate readFigure = Factoring.solve(orderedReads, budget, TOLERANCE);
        Estimate writeFigure = null;
        if (tiers.get(Tier.DATABASE_WRITES).length > 0) {
            writeFigure = Factoring.solve(new Service(graph, tiers, writeTiers, members, up).reordered(order), budget,
                    TOLERANCE);
        }
        return new DesignAvailability(readFigure, writeFigure, up.length,
                contributors(graph, parts, order, orderedReads, readFigure, budget));
    }

    /**
     * The parts on users' paths, in one pass over the graph: first the failure domains of every vertex users
     * reach with nothing down (and every network device, which a hop needs though no traffic edge ends at
     * it), in the design's order, then each reached component on a server whose own software can fail it.
     *
     * @param vertex   the vertex standing for each part: the domain's, or the hosted component's
     * @param isDomain whether each part is a failure domain (else a component's own software)
     * @param up       each part's availability
     * @param members  the vertices each part takes down with it
     */
    private record Parts(List<Integer> vertex, List<Boolean> isDomain, double[] up, List<int[]> members) {

        static Parts of(TrafficGraph graph, Availabilities availabilities) {
            java.util.TreeMap<Integer, List<Integer>> domains = new java.util.TreeMap<>();
            for (int v = 0; v < graph.size(); v++) {
                if (graph.reached(v) && graph.kindOf(v) != ComponentKind.USERS || graph.kindOf(v).networkDevice()) {
                    domains.put(graph.domainOf(v), new ArrayList<>());
                }
            }
            for (int v = 0; v < graph.size(); v++) {
                List<Integer> taken = domains.get(graph.domainOf(v));
                if (taken != null) {
                    taken.add(v);
                }
            }
            List<Integer> vertex = new ArrayList<>();
            List<Boolean> isDomain = new ArrayList<>();
            List<Double> up = new ArrayList<>();
            List<int[]> members = new ArrayList<>();
            domains.forEach((domain, taken) -> {
                vertex.add(domain);
                isDomain.add(true);
                up.add(availabilities.domain(graph.component(domain)));
                members.add(taken.stream().mapToInt(Integer::intValue).toArray());
            });
            for (int v = 0; v < graph.size(); v++) {
                double own = graph.component(v).hosted() ? availabilities.hosted(graph.component(v)) : 1;
                if (graph.reached(v) && own < 1) {
                    vertex.add(v);
                    isDomain.add(false);
                    up.add(own);
                    members.add(new int[] {v});
                }
            }
            return new Parts(vertex, isDomain, up.stream().mapToDouble(Double::doubleValue).toArray(), members);
        }
    }

    /**
     * Each domain's criticality importance for reads: the probability that it is down and the service would
     * work were it up (its Birnbaum importance times its unavailability), as a share of the unavailability.
     */
    private static List<Contributor> contributors(TrafficGraph graph, Parts parts, List<Integer> order,
            Service system, Estimate figure, long budget) {
        double unavailability = 1 - figure.value();
        List<Contributor> out = new ArrayList<>();
        if (unavailability <= 0) {
            return out;
        }
        for (int i = 0; i < Math.min(order.size(), CONTRIBUTORS); i++) {
            double q = 1 - system.availability(i);
            if (q <= 0) {
                continue;
            }
            double withUp = Factoring.solve(system.fixed(i, false), budget, TOLERANCE).value();
            double withDown = Factoring.solve(system.fixed(i, true), budget, TOLERANCE).value();
            double share = Math.max(0, withUp - withDown) * q / unavailability;
            if (share > 1e-9) {
                int part = order.get(i);
                Component c = graph.component(parts.vertex().get(part));
                Component host = parts.isDomain().get(part) ? null
                        : graph.design().component(c.hostId()).orElse(null);
                out.add(new Contributor(c, host, Math.min(1, share), Math.min(1, share) * figure.downtimeHoursPerYear()));
            }
        }
        out.sort(Comparator.comparingDouble(Contributor::share).reversed());
        return out;
    }
}
