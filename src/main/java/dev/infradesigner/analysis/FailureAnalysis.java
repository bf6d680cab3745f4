package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the single points of failure of a design: the failure domains (a server with everything it hosts,
 * or a component no server hosts) whose loss cuts users off a tier the service needs.
 *
 * <p>Algorithm: one dominator computation over the traffic graph, extended with a root before the users.
 * The components on every path from users to a tier are the dominators of all its members at once: the
 * members' lowest common ancestor in the dominator tree and that ancestor's own dominators. Each such
 * component's domain is a single point of failure for the tier. A server can also cut a
 * tier without any one of its components doing so (two hosted components on two parallel paths); such a
 * server must hold a component on every path, in particular on one shortest path, so only the servers
 * met along one path per tier are checked, with one search each. The cost is O((V + E) * (p + c)), where
 * c is the number of dominator passes (two or three here) and p the length of one path from users to a
 * tier: near-linear for designs, whose paths are a handful of hops long.
 */
public final class FailureAnalysis {

    /** One single point of failure: a failure domain and the tiers its loss cuts off. */
    public record Domain(Component component, Set<Tier> lostTiers, Map<Tier, List<Component>> dominators) {

        /** The components inside this domain that alone are on every path to {@code tier}. */
        public List<Component> dominatorsOf(Tier tier) {
            return dominators.getOrDefault(tier, List.of());
        }
    }

    private final TrafficGraph graph;
    private final Map<Tier, int[]> members = new EnumMap<>(Tier.class);
    private final boolean baselineServed;
    private final Map<Integer, Domain> spofs = new TreeMap<>();

    public FailureAnalysis(TrafficGraph graph) {
        this.graph = graph;
        Tier.verticesOfEach(graph).forEach((tier, tierMembers) -> {
            if (tierMembers.length > 0) {
                members.put(tier, tierMembers);
            }
        });
        baselineServed = !members.isEmpty() && members.values().stream()
                .allMatch(vertices -> java.util.Arrays.stream(vertices).anyMatch(graph::reached));
        if (baselineServed) {
            analyse();
        }
    }

    /** The one component serving {@code tier}, when exactly one does (such as the only writable primary). */
    public Optional<Component> soleMember(Tier tier) {
        int[] vertices = members.get(tier);
        return vertices != null && vertices.length == 1 ? Optional.of(graph.component(vertices[0]))
                : Optional.empty();
    }

    /** Whether users reach every needed tier with nothing failed; without that there is nothing to lose. */
    public boolean baselineServed() {
        return baselineServed;
    }

    /** Every single point of failure, in the design's order of their domains. */
    public List<Domain> singlePointsOfFailure() {
        return List.copyOf(spofs.values());
    }

    private void analyse() {
        int root = graph.root();
        int[] start = graph.rowStarts();
        int[] succ = graph.targets();
        Dominators dominators = new Dominators(graph.vertexCount(), start, succ, root);
        Search search = new Search(root, start, succ);
        for (Map.Entry<Tier, int[]> entry : members.entrySet()) {
            Tier tier = entry.getKey();
            int[] tierVertices = entry.getValue();
            int common = dominators.commonDominator(tierVertices);
            for (int d = common; d != root && d >= 0; d = dominators.idom(d)) {
                if (graph.kindOf(d) != ComponentKind.USERS) {
                    lose(graph.domainOf(d), tier, graph.component(d));
                }
            }
            checkServersOnOnePath(tier, root, search, tierVertices);
        }
    }

    /** Checks the servers met on one path to the tier that no single component already explains. */
    private void checkServersOnOnePath(Tier tier, int root, Search search, int[] tierVertices) {
        search.mark(tierVertices);
        // Any one path will do: a server that cuts users off the tier is on all of them.
        int found = search.firstReached(-1);
        List<Integer> candidates = new ArrayList<>();
        for (int v = found; v != root && v >= 0; v = search.parent(v)) {
            int domain = graph.domainOf(v);
            // A server, or a device of the network layer: either can cut a tier with no one vertex doing so.
            boolean server = graph.kindOf(domain) == ComponentKind.SERVER || graph.kindOf(domain).networkDevice();
            Domain known = spofs.get(domain);
            if (server && (known == null || !known.lostTiers().contains(tier)) && !candidates.contains(domain)) {
                candidates.add(domain);
            }
        }
        for (int server : candidates) {
            if (search.firstReached(server) < 0) {
                // A device's domain is the device alone, so its loss alone is what cuts the tier.
                lose(server, tier, graph.kindOf(server).networkDevice() ? graph.component(server) : null);
            }
        }
    }

    /**
     * Depth-first searches from the root for the first member of a tier, each with one server failed. The
     * search stops at the first member it meets, so only a server that does cut the tier off costs a whole
     * search: breadth first, it would visit every web and application server before the first database.
     */
    private final class Search {
        private final int root;
        private final int[] start;
        private final int[] succ;
        private final int[] parent;
        private boolean[] member;

        Search(int root, int[] start, int[] succ) {
            this.root = root;
            this.start = start;
            this.succ = succ;
            parent = new int[start.length - 1];
        }

        /** Makes {@code tierVertices} the members the next searches look for. */
        void mark(int[] tierVertices) {
            member = new boolean[parent.length];
            for (int v : tierVertices) {
                member[v] = true;
            }
        }

        /** The vertex the last search reached {@code v} from (valid for the vertices on its path). */
        int parent(int v) {
            return parent[v];
        }

        /**
         * The first member that users reach when the server {@code failed} and all it hosts are down (-1
         * for none down), or -1 when they reach none; {@link #parent} then leads back from it to the root.
         */
        int firstReached(int failed) {
            boolean[] visited = new boolean[parent.length];
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            stack.push(root);
            visited[root] = true;
            parent[root] = root;
            while (!stack.isEmpty()) {
                int v = stack.pop();
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int w = succ[e];
                    if (!visited[w] && (failed < 0 || graph.domainOf(w) != failed)) {
                        visited[w] = true;
                        parent[w] = v;
                        if (member[w]) {
                            return w;
                        }
                        stack.push(w);
                    }
                }
            }
            return -1;
        }
    }

    private void lose(int domainVertex, Tier tier, Component dominator) {
        Domain known = spofs.get(domainVertex);
        Set<Tier> tiers = known == null ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(known.lostTiers());
        Map<Tier, List<Component>> doms = new EnumMap<>(Tier.class);
        if (known != null) {
            doms.putAll(known.dominators());
        }
        tiers.add(tier);
        if (dominator != null) {
            List<Component> list = new ArrayList<>(doms.getOrDefault(tier, List.of()));
            list.add(dominator);
            doms.put(tier, List.copyOf(list));
        }
        spofs.put(domainVertex, new Domain(graph.component(domainVertex), Collections.unmodifiableSet(tiers),
                Collections.unmodifiableMap(doms)));
    }
}
