package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The user-traffic graph of a design: components as vertices, the HTTP, HTTPS, TCP and MySQL links as
 * directed edges. Replication and monitoring links are not user traffic, and DNS is a lookup, not a hop.
 *
 * <p>Vertex {@code v} is the component at position {@code v} of the design ({@link DesignIndex}). One more
 * vertex, {@link #root()}, has an edge to every Users component: the single start that searches and the
 * dominator computation need when a design has several groups of users. The edges are held as compressed
 * sparse rows (the successors of {@code v} are {@code targets[rowStart[v] .. rowStart[v + 1])}): an audit
 * of 100,000 components searches this graph several times, and arrays keep each search a plain loop.
 */
public final class TrafficGraph {

    private final DesignIndex index;
    private final int size;
    private final int[] rowStart;
    private final int[] targets;
    /** The design's link number of each edge, parallel to {@link #targets}; -1 for the root's edges. */
    private final int[] edgeLinks;
    private final boolean[] reached;
    /** {@link #reachable} with every component of a kind down, by kind, searched when first asked. */
    private final Map<ComponentKind, boolean[]> reachedAvoiding = new HashMap<>();

    public TrafficGraph(Design design) {
        this(new DesignIndex(design));
    }

    public TrafficGraph(DesignIndex index) {
        this.index = index;
        size = index.size();
        int root = size;
        int links = index.design().links().size();
        rowStart = new int[size + 2];
        for (int e = 0; e < links; e++) {
            if (isTraffic(e)) {
                rowStart[index.from(e) + 1]++;
            }
        }
        for (int v = 0; v < size; v++) {
            if (kindOf(v) == ComponentKind.USERS) {
                rowStart[root + 1]++;
            }
        }
        for (int v = 0; v <= root; v++) {
            rowStart[v + 1] += rowStart[v];
        }
        targets = new int[rowStart[root + 1]];
        edgeLinks = new int[targets.length];
        int[] next = Arrays.copyOf(rowStart, root + 1);
        for (int e = 0; e < links; e++) {
            if (isTraffic(e)) {
                int at = next[index.from(e)]++;
                targets[at] = index.to(e);
                edgeLinks[at] = e;
            }
        }
        for (int v = 0; v < size; v++) {
            if (kindOf(v) == ComponentKind.USERS) {
                int at = next[root]++;
                targets[at] = v;
                edgeLinks[at] = -1;
            }
        }
        reached = reachable(null);
    }

    /** Whether a link carries user traffic through the graph (and does not touch a DNS record). */
    public boolean isTraffic(Link link) {
        return isTraffic(link, kindOf(index.indexOf(link.from())), kindOf(index.indexOf(link.to())));
    }

    private boolean isTraffic(int e) {
        return isTraffic(index.link(e), kindOf(index.from(e)), kindOf(index.to(e)));
    }

    private static boolean isTraffic(Link link, ComponentKind from, ComponentKind to) {
        return link.protocol().userTraffic() && from != ComponentKind.DNS && to != ComponentKind.DNS;
    }

    public ComponentKind kindOf(int vertex) {
        return index.component(vertex).kind();
    }

    public Design design() {
        return index.design();
    }

    public DesignIndex index() {
        return index;
    }

    /** How many components, so vertices {@code 0 .. size() - 1}; the root comes after them. */
    public int size() {
        return size;
    }

    public int indexOf(String id) {
        return index.indexOf(id);
    }

    public Component component(int vertex) {
        return index.component(vertex);
    }

    /** The first edge of {@code vertex}: its edges run from here to {@link #outEnd}, exclusive. */
    public int outStart(int vertex) {
        return rowStart[vertex];
    }

    public int outEnd(int vertex) {
        return rowStart[vertex + 1];
    }

    /** The vertex edge number {@code edge} reaches. */
    public int target(int edge) {
        return targets[edge];
    }

    /** The design's link number of edge number {@code edge}, to read its protocol or settings. */
    public int linkOf(int edge) {
        return edgeLinks[edge];
    }

    /** How many different vertices {@code vertex} sends traffic to. */
    public int distinctSuccessors(int vertex) {
        return (int) Arrays.stream(targets, outStart(vertex), outEnd(vertex)).distinct().count();
    }

    /** The row starts of every vertex and the root, for {@link Dominators}: see the class comment. */
    int[] rowStarts() {
        return rowStart;
    }

    /** The edges' targets, row by row: see {@link #rowStarts()}. */
    int[] targets() {
        return targets;
    }

    /** The vertex before the users, where every path starts: numbered {@link #size()}. */
    int root() {
        return size;
    }

    /** The failure domain of a vertex: the index of its host server, or its own index when unhosted. */
    public int domainOf(int vertex) {
        int host = index.host(vertex);
        return host < 0 ? vertex : host;
    }

    /** Whether users reach {@code vertex} with nothing down. */
    public boolean reached(int vertex) {
        return reached[vertex];
    }

    /**
     * Whether users reach {@code vertex} on a path with no component of {@code kind} on it ({@code vertex}
     * included, the users themselves not): {@link #reachable} with every component of that kind down.
     */
    public boolean reachedAvoiding(int vertex, ComponentKind kind) {
        return reachedAvoiding.computeIfAbsent(kind, k -> {
            boolean[] down = new boolean[size];
            for (int v = 0; v < size; v++) {
                down[v] = kindOf(v) == k;
            }
            return reachable(down);
        })[vertex];
    }

    /**
     * Marks what users reach when the vertices marked in {@code failed} (may be {@code null}) are down; the
     * users themselves are where paths start, so they count as reached. Breadth-first and iterative, so a
     * 100,000-long chain is no problem.
     */
    public boolean[] reachable(boolean[] failed) {
        boolean[] seen = new boolean[size + 1];
        int[] queue = new int[size + 1];
        int head = 0;
        int tail = 0;
        seen[size] = true;
        queue[tail++] = size;
        while (head < tail) {
            int v = queue[head++];
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int w = targets[e];
                if (!seen[w] && (failed == null || v == size || !failed[w])) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return Arrays.copyOf(seen, size);
    }
}
