package dev.infradesigner.analysis;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * <p>Method: the devices and the internet form a graph of their own (servers left out, since paths never
 * cross one), split once into its biconnected blocks and their cut vertices (Hopcroft and Tarjan), which
 * form a tree. A path from place A to place B enters the graph at a device A is cabled to and leaves at one
 * B is cabled to; the devices on every path between two given devices are those two and the cut vertices on
 * the tree path between them. So a hop needs the devices common to that set for every choice of entry and
 * exit: a few walks up the tree per pair of places, each as long as the network is deep.
 */
public final class NetworkPaths {

    /** No path at all: the hop cannot happen even with nothing failed. */
    public static final int[] NONE = null;
    private static final int[] NOTHING = new int[0];

    private final DesignIndex index;
    private final boolean present;
    /** The internet's vertex: one after the components. */
    private final int internet;
    /** The devices (and the internet) each server, or the internet, is cabled to. */
    private int[][] entries;
    /** The cables between devices (and the internet), by vertex. */
    private int[][] cables;
    private BlockCutTree tree;
    /** Pairs of places joined by a cable of their own (two servers cabled together), which needs no device. */
    private final Set<Long> direct = new java.util.HashSet<>();
    private final Map<Long, int[]> asked = new HashMap<>();

    public NetworkPaths(DesignIndex index) {
        this.index = index;
        int size = index.size();
        internet = size;
        boolean any = false;
        for (int v = 0; v < size && !any; v++) {
            any = kind(v).networkDevice();
        }
        present = any;
        if (!present) {
            entries = new int[0][];
            tree = null;
            return;
        }
        // Two passes over the cables, counting then filling, so that a design of 100,000 components needs no
        // list per component: most have no cable at all.
        int n = size + 1;
        int[] cableCount = new int[n];
        int[] entryCount = new int[n];
        List<Link> links = index.design().links();
        for (int pass = 0; pass < 2; pass++) {
            int[][] cables = pass == 0 ? null : new int[n][];
            int[][] entryRows = pass == 0 ? null : new int[n][];
            if (pass == 1) {
                for (int v = 0; v < n; v++) {
                    cables[v] = cableCount[v] == 0 ? NOTHING : new int[cableCount[v]];
                    entryRows[v] = entryCount[v] == 0 ? NOTHING : new int[entryCount[v]];
                }
                Arrays.fill(cableCount, 0);
                Arrays.fill(entryCount, 0);
            }
            for (int e = 0; e < links.size(); e++) {
                if (links.get(e).protocol() != Protocol.NETWORK) {
                    continue;
                }
                int a = attachable(index.from(e));
                int b = attachable(index.to(e));
                if (a < 0 || b < 0 || a == b) {
                    continue;
                }
                boolean transitA = transit(a);
                boolean transitB = transit(b);
                if (transitA && transitB) {
                    add(cables, cableCount, a, b);
                    add(cables, cableCount, b, a);
                } else if (transitA) {
                    add(entryRows, entryCount, b, a);
                } else if (transitB) {
                    add(entryRows, entryCount, a, b);
                } else if (pass == 1) {
                    direct.add(pair(a, b));
                    direct.add(pair(b, a));
                }
            }
            for (int v = 0; v < size; v++) {
                if (kind(v) == ComponentKind.UPLINK) {
                    add(cables, cableCount, v, internet);
                    add(cables, cableCount, internet, v);
                }
            }
            add(entryRows, entryCount, internet, internet);
            if (pass == 1) {
                entries = entryRows;
                this.cables = cables;
                boolean[] vertex = new boolean[n];
                for (int v = 0; v < n; v++) {
                    vertex[v] = transit(v);
                }
                tree = new BlockCutTree(cables, vertex);
            }
        }
    }

    /** Counts (first pass, {@code rows} null) or stores (second pass) {@code to} in {@code from}'s row. */
    private static void add(int[][] rows, int[] count, int from, int to) {
        if (rows != null) {
            rows[from][count[from]] = to;
        }
        count[from]++;
    }

    /** The vertex a cable at {@code v} joins: a server, a device, or the internet for users; -1 for others. */
    private int attachable(int v) {
        ComponentKind k = kind(v);
        if (k == ComponentKind.USERS) {
            return internet;
        }
        return k == ComponentKind.SERVER || k.networkDevice() ? v : -1;
    }

    /** Whether paths may run through {@code v}: a device or the internet, never a server. */
    private boolean transit(int v) {
        return v == internet || kind(v).networkDevice();
    }

    private ComponentKind kind(int v) {
        return index.component(v).kind();
    }

    /** Whether the design has a network layer at all. */
    public boolean present() {
        return present;
    }

    /** Whether {@code place} (a {@link #placeOf} answer) is the internet, where users are. */
    public boolean isInternet(int place) {
        return place == internet;
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
     * The devices a hop from component {@code from} to component {@code to} needs (none when it needs no
     * network), or {@link #NONE} when no path joins their places.
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
        return asked.computeIfAbsent(pair(a, b), key -> direct.contains(key) ? NOTHING : between(a, b));
    }

    private long pair(int a, int b) {
        return (long) a * (internet + 1) + b;
    }

    /**
     * Whether a hop from {@code from} to {@code to} can happen with the components marked in {@code down}
     * failed, any number of devices among them: a search of the cables, for what-ifs with more than one
     * device down (one device down is {@link #required}'s question).
     */
    public boolean joined(int from, int to, boolean[] down, Map<Long, Boolean> asked) {
        if (!present) {
            return true;
        }
        int a = placeOf(from);
        int b = placeOf(to);
        if (a < 0 || b < 0 || a == b || direct.contains(pair(a, b))) {
            return true;
        }
        return asked.computeIfAbsent(pair(a, b), key -> search(a, b, down));
    }

    /** Whether a path of cables joins places {@code a} and {@code b} through devices not {@code down}. */
    private boolean search(int a, int b, boolean[] down) {
        boolean[] exit = new boolean[cables.length];
        for (int t : entries[b]) {
            exit[t] = true;
        }
        boolean[] seen = new boolean[cables.length];
        int[] queue = new int[cables.length];
        int tail = 0;
        for (int s : entries[a]) {
            if (!seen[s] && (s == internet || !down[s])) {
                seen[s] = true;
                queue[tail++] = s;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            if (exit[v]) {
                return true;
            }
            for (int w : cables[v]) {
                if (!seen[w] && (w == internet || !down[w])) {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }
        return false;
    }

    /** The devices on every path from place {@code a} to place {@code b}: see the class comment. */
    private int[] between(int a, int b) {
        Set<Integer> common = null;
        for (int s : entries[a]) {
            for (int t : entries[b]) {
                Set<Integer> onEvery = tree.onEveryPath(s, t);
                if (onEvery == null) {
                    continue;
                }
                if (common == null) {
                    common = onEvery;
                } else {
                    common.retainAll(onEvery);
                }
            }
        }
        if (common == null) {
            return NONE;
        }
        common.remove(internet);
        return common.stream().mapToInt(Integer::intValue).toArray();
    }
}
