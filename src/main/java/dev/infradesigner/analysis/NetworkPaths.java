package dev.infradesigner.analysis;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network layer of a design, as the audit reads it ({@code docs/rules.md}, "The network layer"): which
 * network devices a hop of traffic needs because every path of cables between its two ends runs through
 * them. A design with no network device has an ideal network, where no hop needs anything.
 *
 * <p>The cables (links of protocol {@code network}) join servers and devices, undirected; every uplink is
 * also joined to the internet, where users are. A hop from a component to another needs a path between
 * their places: the server each runs on (a server is its own place), or the internet for users. Paths run
 * through devices and the internet only, never through a server. A hop within one server, or from or to
 * something that has no place (a component on no server, such as a managed DNS service), needs nothing.
 *
 * <p>Method: per pair of places asked (remembered), one breadth-first search finds a path; a device on every
 * path is on that one, so each device on it is tried with one more search that avoids it. The cost is
 * O(p * (D + C)) per pair, for p devices on the path, D devices and C cables.
 */
public final class NetworkPaths {

    /** No path at all: the hop cannot happen even with nothing failed. */
    public static final int[] NONE = null;
    private static final int[] NOTHING = new int[0];

    private final DesignIndex index;
    private final boolean present;
    /** The internet's vertex: one after the components. */
    private final int internet;
    private final int[][] neighbours;
    private final Map<Long, int[]> asked = new HashMap<>();

    public NetworkPaths(DesignIndex index) {
        this.index = index;
        int size = index.size();
        internet = size;
        boolean any = false;
        for (int v = 0; v < size && !any; v++) {
            any = index.component(v).kind().networkDevice();
        }
        present = any;
        neighbours = present ? cables(index) : new int[0][];
    }

    private int[][] cables(DesignIndex index) {
        int size = index.size();
        List<List<Integer>> lists = new ArrayList<>();
        for (int v = 0; v <= size; v++) {
            lists.add(new ArrayList<>());
        }
        List<Link> links = index.design().links();
        for (int e = 0; e < links.size(); e++) {
            if (links.get(e).protocol() != Protocol.NETWORK) {
                continue;
            }
            int a = attachable(index.from(e));
            int b = attachable(index.to(e));
            if (a >= 0 && b >= 0 && a != b) {
                lists.get(a).add(b);
                lists.get(b).add(a);
            }
        }
        for (int v = 0; v < size; v++) {
            if (kind(v) == ComponentKind.UPLINK) {
                lists.get(v).add(internet);
                lists.get(internet).add(v);
            }
        }
        int[][] out = new int[size + 1][];
        for (int v = 0; v <= size; v++) {
            out[v] = lists.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The vertex a cable at {@code v} joins: a server, a device, or the internet for users; -1 for others. */
    private int attachable(int v) {
        ComponentKind k = kind(v);
        if (k == ComponentKind.USERS) {
            return internet;
        }
        return k == ComponentKind.SERVER || k.networkDevice() ? v : -1;
    }

    private ComponentKind kind(int v) {
        return index.component(v).kind();
    }

    /** Whether the design has a network layer at all. */
    public boolean present() {
        return present;
    }

    /** The place of component {@code v}: its server, itself for a server, the internet for users, or -1. */
    public int placeOf(int v) {
        ComponentKind k = kind(v);
        if (k == ComponentKind.USERS) {
            return internet;
        }
        if (k == ComponentKind.SERVER) {
            return v;
        }
        return index.host(v);
    }

    /**
     * The devices a hop from component {@code from} to component {@code to} needs, in the order a path meets
     * them (none when it needs no network), or {@link #NONE} when no path joins their places.
     */
    public int[] required(int from, int to) {
        if (!present) {
            return NOTHING;
        }
        int a = placeOf(from);
        int b = placeOf(to);
        if (a < 0 || b < 0 || a == b) {
            return NOTHING;
        }
        return asked.computeIfAbsent((long) a * (internet + 1) + b, key -> between(a, b));
    }

    /** Whether the places of {@code a} and {@code b} are joined with the devices in {@code down} failed. */
    public boolean joined(int placeA, int placeB, boolean[] down) {
        return path(placeA, placeB, down) != null;
    }

    private int[] between(int a, int b) {
        int[] path = path(a, b, null);
        if (path == null) {
            return NONE;
        }
        List<Integer> needed = new ArrayList<>();
        boolean[] down = new boolean[neighbours.length];
        for (int v : path) {
            if (v != a && v != b && v != internet) {
                down[v] = true;
                if (path(a, b, down) == null) {
                    needed.add(v);
                }
                down[v] = false;
            }
        }
        return needed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One shortest path from {@code a} to {@code b} through devices and the internet, or null. */
    private int[] path(int a, int b, boolean[] down) {
        int[] parent = new int[neighbours.length];
        Arrays.fill(parent, -1);
        int[] queue = new int[neighbours.length];
        int head = 0;
        int tail = 0;
        parent[a] = a;
        queue[tail++] = a;
        while (head < tail) {
            int v = queue[head++];
            for (int w : neighbours[v]) {
                if (parent[w] >= 0 || down != null && down[w]) {
                    continue;
                }
                parent[w] = v;
                if (w == b) {
                    return walkBack(parent, a, b);
                }
                if (w == internet || kind(w).networkDevice()) {
                    queue[tail++] = w;
                }
            }
        }
        return null;
    }

    private static int[] walkBack(int[] parent, int a, int b) {
        List<Integer> out = new ArrayList<>();
        for (int v = b; v != a; v = parent[v]) {
            out.add(0, v);
        }
        out.add(0, a);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
