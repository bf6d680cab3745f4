package dev.infradesigner.analysis;

import java.util.Arrays;

/**
 * Immediate dominators of a directed graph from one root: vertex {@code d} dominates {@code v} when every
 * path from the root to {@code v} passes through {@code d}.
 *
 * <p>The iterative algorithm of Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (2001):
 * repeated passes in reverse postorder, intersecting predecessors' dominators by postorder number. Each
 * pass is linear; on the shallow, mostly acyclic graphs of infrastructure designs it converges in two or
 * three passes. The depth-first search is iterative, so a 100,000-long chain cannot overflow the stack.
 */
final class Dominators {

    private final int[] idom;

    /**
     * @param vertexCount the number of vertices
     * @param succStart   successor ranges (compressed sparse rows): successors of v are
     *                    {@code succ[succStart[v] .. succStart[v + 1])}
     * @param succ        successor targets
     * @param root        where every path starts
     */
    Dominators(int vertexCount, int[] succStart, int[] succ, int root) {
        int[] postorder = new int[vertexCount];
        Arrays.fill(postorder, -1);
        int[] order = depthFirstPostorder(vertexCount, succStart, succ, root, postorder);
        int[] predStart = new int[vertexCount + 1];
        for (int e = 0; e < succ.length; e++) {
            predStart[succ[e] + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            predStart[v + 1] += predStart[v];
        }
        int[] pred = new int[succ.length];
        int[] fill = Arrays.copyOf(predStart, vertexCount);
        for (int v = 0; v < vertexCount; v++) {
            for (int e = succStart[v]; e < succStart[v + 1]; e++) {
                pred[fill[succ[e]]++] = v;
            }
        }
        idom = new int[vertexCount];
        Arrays.fill(idom, -1);
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = order.length - 2; i >= 0; i--) {
                int b = order[i];
                int newIdom = -1;
                for (int e = predStart[b]; e < predStart[b + 1]; e++) {
                    int p = pred[e];
                    if (idom[p] == -1) {
                        continue;
                    }
                    newIdom = newIdom == -1 ? p : intersect(p, newIdom, postorder);
                }
                if (newIdom != -1 && idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
    }

    /**
     * The nearest vertex that dominates every reachable vertex of {@code vertices} (their lowest common
     * ancestor in the dominator tree), or -1 when none is reachable. Linear: an ancestor test is O(1) with
     * the tree's entry and exit numbers, and the running answer only ever climbs.
     */
    int commonDominator(int[] vertices) {
        numberTree();
        int lca = -1;
        for (int v : vertices) {
            if (idom[v] == -1) {
                continue;
            }
            if (lca == -1) {
                lca = v;
                continue;
            }
            while (!isAncestor(lca, v)) {
                lca = idom[lca];
            }
        }
        return lca;
    }

    private int[] enter;
    private int[] exit;

    private boolean isAncestor(int a, int b) {
        return enter[a] <= enter[b] && exit[b] <= exit[a];
    }

    /** Numbers the dominator tree depth-first (iteratively) so ancestor tests are O(1). */
    private void numberTree() {
        if (enter != null) {
            return;
        }
        int n = idom.length;
        int[] childStart = new int[n + 1];
        int root = -1;
        for (int v = 0; v < n; v++) {
            if (idom[v] == v) {
                root = v;
            } else if (idom[v] >= 0) {
                childStart[idom[v] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            childStart[v + 1] += childStart[v];
        }
        int[] children = new int[childStart[n]];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int v = 0; v < n; v++) {
            if (idom[v] >= 0 && idom[v] != v) {
                children[fill[idom[v]]++] = v;
            }
        }
        enter = new int[n];
        exit = new int[n];
        int[] stack = new int[n];
        int[] next = Arrays.copyOf(childStart, n);
        int clock = 0;
        int top = 0;
        stack[top++] = root;
        enter[root] = clock++;
        while (top > 0) {
            int v = stack[top - 1];
            if (next[v] < childStart[v + 1]) {
                int c = children[next[v]++];
                enter[c] = clock++;
                stack[top++] = c;
            } else {
                exit[v] = clock++;
                top--;
            }
        }
    }

    /** The immediate dominator of {@code v}, the root for the root, or -1 when the root cannot reach it. */
    int idom(int v) {
        return idom[v];
    }

    private int intersect(int a, int b, int[] postorder) {
        int f1 = a;
        int f2 = b;
        while (f1 != f2) {
            while (postorder[f1] < postorder[f2]) {
                f1 = idom[f1];
            }
            while (postorder[f2] < postorder[f1]) {
                f2 = idom[f2];
            }
        }
        return f1;
    }

    /** Vertices reachable from the root in postorder (root last); fills their postorder numbers. */
    private static int[] depthFirstPostorder(int n, int[] succStart, int[] succ, int root, int[] postorder) {
        int[] order = new int[n];
        int count = 0;
        int[] stack = new int[n];
        int[] next = new int[n];
        boolean[] visited = new boolean[n];
        int top = 0;
        stack[top++] = root;
        visited[root] = true;
        next[root] = succStart[root];
        while (top > 0) {
            int v = stack[top - 1];
            if (next[v] < succStart[v + 1]) {
                int w = succ[next[v]++];
                if (!visited[w]) {
                    visited[w] = true;
                    next[w] = succStart[w];
                    stack[top++] = w;
                }
            } else {
                top--;
                postorder[v] = count;
                order[count++] = v;
            }
        }
        return Arrays.copyOf(order, count);
    }
}
