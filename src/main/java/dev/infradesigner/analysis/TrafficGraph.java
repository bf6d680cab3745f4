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
 *
 * <p>In a design with a network layer ({@link NetworkPaths}) a hop can happen only while the devices it
 * needs are up. The searches that ask what a failure cuts off ({@link #reachable}, and the failure analysis
 * through {@link #rowStarts()} and {@link #targets()}) run over a second set of rows where each such hop
 * passes through one extra vertex per device it needs, numbered after the root, whose failure domain is
 * that device; a hop no path of cables allows is left out. Without a network layer the two are the same.
 * The edges rules read one by one ({@link #outStart}, {@link #target}) are always the design's own.
 */
public final class TrafficGraph {

    private final DesignIndex index;
    private final int size;
    private final int[] rowStart;
    private final int[] targets;
    /** The design's link number of each edge, parallel to {@link #targets}; -1 for the root's edges. */
    private final int[] edgeLinks;
    private final boolean[] reached;
    /** The rows the failure searches use: see the class comment. */
    private final int[] searchRowStart;
    private final int[] searchTargets;
    /** The device each vertex after the root stands for, in order. */
    private final int[] hopDevice;
    private static final int[] NO_HOPS = new int[0];
    private final NetworkPaths network;
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
        network = new NetworkPaths(index);
        if (network.present()) {
            int[][] rows = throughNetwork(network);
            searchRowStart = rows[0];
            searchTargets = rows[1];
            hopDevice = rows[2];
        } else {
            searchRowStart = rowStart;
            searchTargets = targets;
            hopDevice = new int[0];
        }
        reached = reachable(null);
    }

    /** The search rows of a design with a network layer: row starts, targets and the hops' devices. */
    private int[][] throughNetwork(NetworkPaths network) {
        int root = size;
        int[][] chains = new int[targets.length][];
        int hops = 0;
        int[] kept = new int[root + 1];
        for (int v = 0; v <= root; v++) {
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                chains[e] = v == root ? NO_HOPS : network.required(v, targets[e]);
                if (chains[e] != NetworkPaths.NONE) {
                    hops += chains[e].length;
                    kept[v]++;
                }
            }
        }
        // Components and the root keep their rows in order; each hop vertex after them has one edge on.
        int vertices = root + 1 + hops;
        int[] starts = new int[vertices + 1];
        for (int v = 0; v < vertices; v++) {
            starts[v + 1] = starts[v] + (v <= root ? kept[v] : 1);
        }
        int[] flat = new int[starts[vertices]];
        int[] devices = new int[hops];
        int next = root + 1;
        for (int v = 0; v <= root; v++) {
            int at = starts[v];
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int[] needed = chains[e];
                if (needed == NetworkPaths.NONE) {
                    continue;
                }
                int from = -1;
                for (int device : needed) {
                    devices[next - root - 1] = device;
                    if (from < 0) {
                        flat[at++] = next;
                    } else {
                        flat[starts[from]] = next;
                    }
                    from = next++;
                }
                if (from < 0) {
                    flat[at++] = targets[e];
                } else {
                    flat[starts[from]] = targets[e];
                }
            }
        }
        return new int[][] {starts, flat, devices};
    }

    /** The design's network layer, which decides the devices each hop needs. */
    public NetworkPaths network() {
        return network;
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
        return component(vertex).kind();
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

    /** The component at {@code vertex}; for a vertex after the root, the device its hop needs. */
    public Component component(int vertex) {
        return index.component(vertex > size ? hopDevice[vertex - size - 1] : vertex);
    }

    /** How many vertices the failure searches run over: the components, the root, the hops' devices. */
    int vertexCount() {
        return searchRowStart.length - 1;
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

    /** The row starts of the failure searches' vertices, for {@link Dominators}: see the class comment. */
    int[] rowStarts() {
        return searchRowStart;
    }

    /** The failure searches' edges' targets, row by row: see {@link #rowStarts()}. */
    int[] targets() {
        return searchTargets;
    }

    /** The vertex before the users, where every path starts: numbered {@link #size()}. */
    int root() {
        return size;
    }

    /** The failure domain of a vertex: the index of its host server, or its own index when unhosted. */
    public int domainOf(int vertex) {
        if (vertex > size) {
            return hopDevice[vertex - size - 1];
        }
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
        if (failed == null) {
            return search(searchRowStart, searchTargets, (v, w) -> true);
        }
        if (network.present() && devicesDown(failed) > 1) {
            // The search rows hold what one device's loss removes; with more down, each hop asks the cables.
            Map<Long, Boolean> asked = new HashMap<>();
            return search(rowStart, targets, (v, w) -> !failed[w] && network.joined(v, w, failed, asked));
        }
        return search(searchRowStart, searchTargets, (v, w) -> !failed[w > size ? hopDevice[w - size - 1] : w]);
    }

    /** How many network devices {@code failed} marks, counted up to two. */
    private int devicesDown(boolean[] failed) {
        int down = 0;
        for (int v = 0; v < size && down < 2; v++) {
            if (failed[v] && kindOf(v).networkDevice()) {
                down++;
            }
        }
        return down;
    }

    /** Whether a search may take the edge from {@code v} to {@code w} (never asked of the root's edges). */
    private interface EdgeOpen {
        boolean test(int v, int w);
    }

    /** Breadth first from the root over {@code starts}/{@code to}, the users always reached; see {@link #reachable}. */
    private boolean[] search(int[] starts, int[] to, EdgeOpen open) {
        int vertices = starts.length - 1;
        boolean[] seen = new boolean[vertices];
        int[] queue = new int[vertices];
        int head = 0;
        int tail = 0;
        seen[size] = true;
        queue[tail++] = size;
        while (head < tail) {
            int v = queue[head++];
            for (int e = starts[v]; e < starts[v + 1]; e++) {
                int w = to[e];
                if (!seen[w] && (v == size || open.test(v, w))) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return Arrays.copyOf(seen, size);
    }
}
