package dev.infradesigner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The block-cut tree of an undirected graph: its biconnected blocks and cut vertices as the nodes of a
 * forest, rooted, so that the cut vertices between two vertices are those on the tree path between them
 * (Hopcroft and Tarjan's blocks, found once with an explicit stack, so a deep network is no problem).
 */
final class BlockCutTree {

    /** Each graph vertex's tree node: its own if it is a cut vertex, its block's otherwise; -1 if none. */
    private final int[] nodeOf;
    /** The graph vertex a tree node stands for when it is a cut vertex, -1 for a block. */
    private final List<Integer> cutVertex = new ArrayList<>();
    private int[] parent;
    private int[] depth;
    private int[] treeOf;

    BlockCutTree(int[][] adjacency, boolean[] vertex) {
        int n = adjacency.length;
        nodeOf = new int[n];
        Arrays.fill(nodeOf, -1);
        List<int[]> blocks = blocks(adjacency, vertex);
        boolean[] cut = new boolean[n];
        int[] seenIn = new int[n];
        Arrays.fill(seenIn, -1);
        int[] blockOf = new int[n];
        for (int i = 0; i < blocks.size(); i++) {
            for (int v : blocks.get(i)) {
                if (seenIn[v] >= 0 && seenIn[v] != i) {
                    cut[v] = true;
                }
                seenIn[v] = i;
                blockOf[v] = i;
            }
        }
        List<List<Integer>> treeEdges = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            cutVertex.add(-1);
            treeEdges.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (!vertex[v] || seenIn[v] < 0) {
                continue;
            }
            if (cut[v]) {
                nodeOf[v] = cutVertex.size();
                cutVertex.add(v);
                treeEdges.add(new ArrayList<>());
            } else {
                nodeOf[v] = blockOf[v];
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            for (int v : blocks.get(i)) {
                if (cut[v]) {
                    treeEdges.get(i).add(nodeOf[v]);
                    treeEdges.get(nodeOf[v]).add(i);
                }
            }
        }
        root(treeEdges);
    }

    /** The biconnected blocks, each as its vertices; a vertex with no edge is a block of its own. */
    private static List<int[]> blocks(int[][] adjacency, boolean[] vertex) {
        int n = adjacency.length;
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] next = new int[n];
        int[] parentOf = new int[n];
        Arrays.fill(disc, -1);
        List<int[]> blocks = new ArrayList<>();
        int[] edgeFrom = new int[totalEdges(adjacency) + 1];
        int[] edgeTo = new int[edgeFrom.length];
        int[] stack = new int[n];
        int time = 0;
        for (int start = 0; start < n; start++) {
            if (!vertex[start] || disc[start] >= 0) {
                continue;
            }
            if (adjacency[start].length == 0) {
                disc[start] = time++;
                blocks.add(new int[] {start});
                continue;
            }
            int edges = 0;
            int top = 0;
            stack[top++] = start;
            disc[start] = low[start] = time++;
            parentOf[start] = -1;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < adjacency[v].length) {
                    int w = adjacency[v][next[v]++];
                    if (disc[w] < 0) {
                        edgeFrom[edges] = v;
                        edgeTo[edges++] = w;
                        parentOf[w] = v;
                        disc[w] = low[w] = time++;
                        stack[top++] = w;
                    } else if (w != parentOf[v] && disc[w] < disc[v]) {
                        edgeFrom[edges] = v;
                        edgeTo[edges++] = w;
                        low[v] = Math.min(low[v], disc[w]);
                    }
                    continue;
                }
                top--;
                int p = parentOf[v];
                if (p < 0) {
                    continue;
                }
                low[p] = Math.min(low[p], low[v]);
                if (low[v] >= disc[p]) {
                    Set<Integer> block = new LinkedHashSet<>();
                    while (edges > 0) {
                        edges--;
                        block.add(edgeFrom[edges]);
                        block.add(edgeTo[edges]);
                        if (edgeFrom[edges] == p && edgeTo[edges] == v) {
                            break;
                        }
                    }
                    blocks.add(block.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return blocks;
    }

    private static int totalEdges(int[][] adjacency) {
        int total = 0;
        for (int[] row : adjacency) {
            total += row.length;
        }
        return total;
    }

    private void root(List<List<Integer>> edges) {
        int nodes = edges.size();
        parent = new int[nodes];
        depth = new int[nodes];
        treeOf = new int[nodes];
        Arrays.fill(treeOf, -1);
        int[] queue = new int[nodes];
        for (int r = 0; r < nodes; r++) {
            if (treeOf[r] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = r;
            treeOf[r] = r;
            parent[r] = -1;
            while (head < tail) {
                int x = queue[head++];
                for (int y : edges.get(x)) {
                    if (treeOf[y] < 0) {
                        treeOf[y] = r;
                        parent[y] = x;
                        depth[y] = depth[x] + 1;
                        queue[tail++] = y;
                    }
                }
            }
        }
    }

    /** The vertices on every path from {@code s} to {@code t} (both included), or null when none joins them. */
    Set<Integer> onEveryPath(int s, int t) {
        Set<Integer> out = new LinkedHashSet<>();
        out.add(s);
        out.add(t);
        if (s == t) {
            return out;
        }
        int x = nodeOf[s];
        int y = nodeOf[t];
        if (x < 0 || y < 0 || treeOf[x] != treeOf[y]) {
            return null;
        }
        while (x != y) {
            if (depth[x] >= depth[y]) {
                addCut(out, x);
                x = parent[x];
            } else {
                addCut(out, y);
                y = parent[y];
            }
        }
        addCut(out, x);
        return out;
    }

    private void addCut(Set<Integer> out, int node) {
        int v = cutVertex.get(node);
        if (v >= 0) {
            out.add(v);
        }
    }
}
