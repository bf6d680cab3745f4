package dev.infradesigner.analysis;

import java.util.Arrays;

/**
 * Immediate dominators of a directed graph from one root: vertex {@code d} dominates {@code v} when every
 * path from the root to {@code v} passes through {@code d}.
 *
 * <p>The iterative algorithm of Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (2001):
 * repeated passes in reverse postorder, intersecting predecessors' dominators. Each pass is linear; on the
 * shallow, mostly acyclic graphs of infrastructure designs it converges in two or three passes. The
 * depth-first search is iterative, so a 100,000-long chain cannot overflow the stack.
 *
 * <p>Inside, vertices are renumbered in reverse postorder, as the paper suggests: a vertex's dominators
 * then have smaller numbers, predecessors mostly have nearby ones, and every pass reads its arrays nearly
 * in order. At 100,000 components the arrays no longer fit in the cache, and numbered by the design's
 * order each intersection and each tree walk cost a miss per step.
 */
final class Dominators {

    /** Each reachable vertex by its reverse-postorder number (the first {@link #count}); the root is number 0. */
    private final int[] vertexOf;
    /** How many vertices the root reaches, itself included. */
    private final int count;
    /** Each vertex's reverse-postorder number, or -1 when the root does not reach it. */
    private final int[] numberOf;
    /** Immediate dominators, both sides numbered in reverse postorder. */
    private final int[] idom;
    /** Scratch for {@link #commonDominator}, all zeros between calls: one array for every tier. */
    private int[] below;

    /**
     * @param vertexCount the number of vertices
     * @param succStart   successor ranges (compressed sparse rows): successors of v are
     *                    {@code succ[succStart[v] .. succStart[v + 1])}
     * @param succ        successor targets
     * @param root        where every path starts
     */
    Dominators(int vertexCount, int[] succStart, int[] succ, int root) {
        vertexOf = new int[vertexCount];
        count = depthFirstPostorder(succStart, succ, root, vertexOf);
        numberOf = new int[vertexCount];
        Arrays.fill(numberOf, -1);
        for (int i = 0, j = count - 1; i < j; i++, j--) { // postorder reversed, in place
            int v = vertexOf[i];
            vertexOf[i] = vertexOf[j];
            vertexOf[j] = v;
        }
        for (int i = 0; i < count; i++) {
            numberOf[vertexOf[i]] = i;
        }
        // Predecessors by number, from reachable vertices only (the others dominate nothing). Each edge's
        // target is looked up by number once, into an array read in order by the second pass.
        int[] predStart = new int[count + 1];
        int[] numberedSucc = new int[succ.length];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            int v = vertexOf[i];
            for (int e = succStart[v]; e < succStart[v + 1]; e++) {
                int target = numberOf[succ[e]];
                numberedSucc[edges++] = target;
                predStart[target + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            predStart[i + 1] += predStart[i];
        }
        int[] pred = new int[predStart[count]];
        int[] fill = Arrays.copyOf(predStart, count);
        for (int i = 0, k = 0; i < count; i++) {
            int v = vertexOf[i];
            for (int end = k + succStart[v + 1] - succStart[v]; k < end; k++) {
                pred[fill[numberedSucc[k]]++] = i;
            }
        }
        idom = new int[count];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < count; b++) {
                int newIdom = -1;
                for (int e = predStart[b]; e < predStart[b + 1]; e++) {
                    int p = pred[e];
                    if (idom[p] != -1) {
                        newIdom = newIdom == -1 ? p : intersect(p, newIdom);
                    }
                }
                if (idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
    }

    /**
     * The nearest vertex that dominates every reachable vertex of {@code vertices} (their lowest common
     * ancestor in the dominator tree), or -1 when none is reachable. Linear, with no tree walk: a vertex's
     * descendants have larger numbers, so one pass from the largest number down sums how many of the
     * vertices lie below each vertex, and the first to hold them all is the deepest common ancestor.
     */
    int commonDominator(int[] vertices) {
        if (below == null) {
            below = new int[count];
        }
        int total = 0;
        int deepest = -1;
        for (int v : vertices) {
            int i = numberOf[v];
            if (i >= 0) {
                below[i]++;
                total++;
                deepest = Math.max(deepest, i);
            }
        }
        if (total == 0) {
            return -1;
        }
        int common = 0;
        for (int i = deepest; i > 0; i--) {
            if (below[i] == total) {
                common = i;
                break;
            }
            below[idom[i]] += below[i];
        }
        Arrays.fill(below, 0, deepest + 1, 0);
        return vertexOf[common];
    }

    /** The immediate dominator of {@code v}, the root for the root, or -1 when the root cannot reach it. */
    int idom(int v) {
        int i = numberOf[v];
        return i < 0 ? -1 : vertexOf[idom[i]];
    }

    /** The nearest common dominator of two numbered vertices: a dominator has the smaller number. */
    private int intersect(int a, int b) {
        int f1 = a;
        int f2 = b;
        while (f1 != f2) {
            while (f1 > f2) {
                f1 = idom[f1];
            }
            while (f2 > f1) {
                f2 = idom[f2];
            }
        }
        return f1;
    }

    /**
     * Writes the vertices reachable from the root into {@code order} in postorder (root last) and returns
     * how many there are. Each stack entry carries the next edge to try, so the search reads and writes its
     * stack in order rather than a cursor array by vertex. The stack starts small and grows: designs are a
     * handful of hops deep, and a stack the size of the design was mostly zeros written for nothing.
     */
    private static int depthFirstPostorder(int[] succStart, int[] succ, int root, int[] order) {
        int count = 0;
        int[] stackVertex = new int[64];
        int[] stackEdge = new int[64];
        boolean[] visited = new boolean[order.length];
        int top = 0;
        stackVertex[0] = root;
        stackEdge[0] = succStart[root];
        top++;
        visited[root] = true;
        while (top > 0) {
            int v = stackVertex[top - 1];
            int e = stackEdge[top - 1];
            if (e < succStart[v + 1]) {
                stackEdge[top - 1] = e + 1;
                int w = succ[e];
                if (!visited[w]) {
                    visited[w] = true;
                    if (top == stackVertex.length) {
                        stackVertex = Arrays.copyOf(stackVertex, 2 * top);
                        stackEdge = Arrays.copyOf(stackEdge, 2 * top);
                    }
                    stackVertex[top] = w;
                    stackEdge[top] = succStart[w];
                    top++;
                }
            } else {
                top--;
                order[count++] = v;
            }
        }
        return count;
    }
}
