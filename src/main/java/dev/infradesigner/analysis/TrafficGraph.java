package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.Arrays;
import java.util.List;

/**
 * The user-traffic graph of a design: components as vertices, the HTTP, HTTPS, TCP and MySQL links as
 * directed edges. Replication and monitoring links are not user traffic, and DNS is a lookup, not a hop.
 *
 * <p>Held as compact arrays (vertex {@code i} is {@code design.components().get(i)}, edges in compressed
 * sparse rows): an audit of 100,000 components runs several searches over it, and an object graph
 * (a JGraphT graph of ids and links took longer to build than the whole audit) would dominate the time.
 */
public final class TrafficGraph {

    private final Design design;
    private final int[] outStart;
    private final int[] outTargets;
    /** The design's link number of each edge, parallel to {@link #outTargets}. */
    private final int[] outLinks;
    private final int size;
    private final int[] users;
    /**
     * What users reach, by vertex: {@link #REACHED} when they reach it at all, and the bit of each kind
     * (its ordinal) when they reach it on a path with no component of that kind. The failure analysis and
     * several rules need the first; the firewall and database rules ask for paths that avoid firewalls or
     * application servers. One search answers them all.
     */
    private final int[] reachedAvoiding;
    private static final int REACHED = 1 << 31;
    /** See {@link #searchOrder()}; its length is set once, by the search that fills it. */
    private final int[] searchOrder;
    private int searchOrderLength;
    /** A vertex's state in that search: to be taken (by the sweep, or pushed behind it), and taken at least once. */
    private static final byte PENDING = 1;
    private static final byte TAKEN = 2;

    public TrafficGraph(Design design) {
        this.design = design;
        int n = design.components().size();
        int[] found = new int[4];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (design.kindAt(i) == ComponentKind.USERS) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, 2 * count);
                }
                found[count++] = i;
            }
        }
        users = Arrays.copyOf(found, count);
        // The design knows each link's ends, protocol and each component's kind by position: no lookups here.
        int links = design.links().size();
        // Counted at source + 2 and summed, so that placing each edge at outStart[source + 1]++ leaves
        // outStart[v] at the first edge of v: no arrays of counts or cursors besides the result.
        outStart = new int[n + 2];
        for (int e = 0; e < links; e++) {
            if (isTraffic(e)) {
                outStart[design.linkSourceIndex(e) + 2]++;
            }
        }
        for (int i = 2; i <= n + 1; i++) {
            outStart[i] += outStart[i - 1];
        }
        int edges = outStart[n + 1];
        outTargets = new int[edges + users.length];
        outLinks = new int[edges];
        for (int e = 0; e < links; e++) {
            if (isTraffic(e)) {
                int at = outStart[design.linkSourceIndex(e) + 1]++;
                outTargets[at] = design.linkTargetIndex(e);
                outLinks[at] = e;
            }
        }
        // The root's row, after the last vertex's: the users.
        System.arraycopy(users, 0, outTargets, edges, users.length);
        outStart[n + 1] = edges + users.length;
        size = n;
        searchOrder = new int[n + 1];
        reachedAvoiding = reachedAvoidingEachKind();
    }

    /** Whether a link carries user traffic through the graph (and does not touch a DNS record). */
    public boolean isTraffic(Link link) {
        return link.protocol().userTraffic() && design.kindAt(design.indexOf(link.from())) != ComponentKind.DNS
                && design.kindAt(design.indexOf(link.to())) != ComponentKind.DNS;
    }

    /** {@link #isTraffic(Link)} for the design's link at {@code e}, without a lookup. */
    private boolean isTraffic(int e) {
        return design.protocolAt(e).userTraffic()
                && design.kindAt(design.linkSourceIndex(e)) != ComponentKind.DNS
                && design.kindAt(design.linkTargetIndex(e)) != ComponentKind.DNS;
    }

    /** The kind of the component at {@code vertex}, read from an array (no pointer chasing). */
    public ComponentKind kindOf(int vertex) {
        return design.kindAt(vertex);
    }

    public Design design() {
        return design;
    }

    public int size() {
        return size;
    }

    public int indexOf(String id) {
        return design.indexOf(id);
    }

    public Component component(int vertex) {
        return design.components().get(vertex);
    }

    /** The vertices {@code vertex} links to, as a range of {@link #targets()}. */
    public int outStart(int vertex) {
        return outStart[vertex];
    }

    public int outEnd(int vertex) {
        return outStart[vertex + 1];
    }

    /** How many different vertices {@code vertex} sends traffic to. */
    public int distinctSuccessors(int vertex) {
        // Sorted ints, not a stream's distinct(): a load balancer may have thousands of backends, and
        // boxing each into a hash set cost more than the rest of the rule that asks.
        int[] targets = java.util.Arrays.copyOfRange(outTargets, outStart[vertex], outStart[vertex + 1]);
        java.util.Arrays.sort(targets);
        int distinct = 0;
        for (int i = 0; i < targets.length; i++) {
            if (i == 0 || targets[i] != targets[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** The vertex edge number {@code edge} (in a range from {@link #outStart} to {@link #outEnd}) reaches. */
    public int target(int edge) {
        return outTargets[edge];
    }

    /** The design's link number of edge number {@code edge}, to read its protocol or settings. */
    public int linkOf(int edge) {
        return outLinks[edge];
    }

    /**
     * The edges as compressed sparse rows, for searches from {@link #root()}: the successors of {@code v}
     * are {@code targets()[rowStarts()[v] .. rowStarts()[v + 1])}, for every vertex and the root.
     */
    int[] rowStarts() {
        return outStart;
    }

    /** See {@link #rowStarts()}. */
    int[] targets() {
        return outTargets;
    }

    /**
     * A vertex number past the components' whose successors are the users: where every path starts. The
     * failure analysis searches from it; kept in the same rows, so it needs no copy of the graph.
     */
    int root() {
        return size;
    }

    /** The failure domain of a vertex: the index of its host server, or its own index when unhosted. */
    public int domainOf(int vertex) {
        int host = design.hostIndex(vertex);
        return host < 0 ? vertex : host;
    }

    /** Whether users reach {@code vertex} with nothing down. */
    public boolean reached(int vertex) {
        return (reachedAvoiding[vertex] & REACHED) != 0;
    }

    /**
     * Whether users reach {@code vertex} on a path with no component of {@code kind} on it ({@code vertex}
     * included, the users themselves not): {@link #reachable} with every component of that kind down.
     */
    public boolean reachedAvoiding(int vertex, ComponentKind kind) {
        return (reachedAvoiding[vertex] & 1 << kind.ordinal()) != 0;
    }

    /**
     * A search that carries, to each vertex, the kinds some path from the users to it avoids. A vertex is
     * searched again only when it learns a new kind, which on designs (paths of a few hops, mostly in one
     * direction) is rare: about one search's work for what took a search per kind. It also notes the order
     * in which it first takes each vertex, for {@link #searchOrder()}.
     *
     * <p>It first sweeps the vertices in the design's order, handing on what each has learned to those
     * after it: designs are drawn from the users inwards, so most links point forward, and one sweep reads
     * every array nearly in order. A breadth-first queue, whose order jumped from one load balancer's
     * backends to the next across the whole design, missed the cache on most vertices at 100,000
     * components. What a link pointing back teaches is kept aside, and searched from as a plain worklist
     * until nothing new is learned.
     */
    private int[] reachedAvoidingEachKind() {
        int[] avoids = new int[size];
        byte[] state = new byte[size]; // PENDING and TAKEN bits
        searchOrder[0] = size; // the root
        int taken = 1;
        int first = size;
        for (int u : users) {
            avoids[u] = -1; // REACHED and every kind: users are where paths start, not on them
            state[u] = PENDING;
            first = Math.min(first, u);
        }
        Pending behind = new Pending();
        for (int v = first; v < size; v++) {
            if ((state[v] & PENDING) != 0) {
                taken = take(v, avoids, state, taken, behind, true);
            }
        }
        while (!behind.isEmpty()) {
            taken = take(behind.pop(), avoids, state, taken, behind, false);
        }
        searchOrderLength = taken;
        return avoids;
    }

    /**
     * Hands on what {@code v} has learned to its successors, marking those that learn something as
     * pending: pushed {@code behind}, unless the sweep (when {@code sweeping}) will still come to them. Returns how many
     * vertices the search has taken, {@code v} included.
     */
    private int take(int v, int[] avoids, byte[] state, int taken, Pending behind, boolean sweeping) {
        if ((state[v] & TAKEN) == 0) {
            searchOrder[taken++] = v;
        }
        state[v] = TAKEN;
        int carried = avoids[v];
        for (int e = outStart[v]; e < outStart[v + 1]; e++) {
            int w = outTargets[e];
            int learned = carried & ~(1 << design.kindAt(w).ordinal()) & ~avoids[w];
            if (learned != 0) {
                avoids[w] |= learned;
                if ((state[w] & PENDING) == 0) {
                    state[w] |= PENDING;
                    if (!sweeping || w <= v) {
                        behind.push(w);
                    }
                }
            }
        }
        return taken;
    }

    /**
     * The vertices a link pointing back made pending, behind the sweep: a stack that grows as needed (most
     * designs never push one). Any order reaches the same result, since a vertex is taken again whenever it
     * learns something, and each is pushed by a vertex already taken, so the search order keeps a
     * predecessor before every vertex.
     */
    private static final class Pending {
        private int[] items = new int[16];
        private int count;

        boolean isEmpty() {
            return count == 0;
        }

        void push(int v) {
            if (count == items.length) {
                items = Arrays.copyOf(items, 2 * count);
            }
            items[count++] = v;
        }

        int pop() {
            return items[--count];
        }
    }

    /**
     * The root ({@link #root()}) and then every vertex users reach, each once, in the order the search
     * from the users first took them: each has a predecessor before it. Nearly the design's order, so the
     * dominators, numbered this way, read their arrays nearly in order. Shared: do not change it.
     */
    int[] searchOrder() {
        return searchOrder;
    }

    /** How much of {@link #searchOrder()} is filled: the root and the vertices users reach. */
    int searchOrderLength() {
        return searchOrderLength;
    }

    /**
     * Marks what users reach when the vertices marked in {@code failed} (may be {@code null}) are down.
     * Breadth-first and iterative, so a 100,000-long chain is no problem.
     */
    public boolean[] reachable(boolean[] failed) {
        int n = size();
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int u : users) {
            seen[u] = true;
            queue[tail++] = u;
        }
        while (head < tail) {
            int v = queue[head++];
            for (int e = outStart[v]; e < outStart[v + 1]; e++) {
                int w = outTargets[e];
                if (!seen[w] && (failed == null || !failed[w])) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return seen;
    }
}
