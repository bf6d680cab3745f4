package dev.infradesigner.analysis;

import java.util.Arrays;

/**
 * Immediate dominators of a directed graph from one root: vertex {@code d} dominates {@code v} when every
 * path from the root to {@code v} passes through {@code d}.
 *
 * <p>The iterative algorithm of Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (2001):
 * repeated passes over the vertices, intersecting predecessors' dominators. Each pass is linear; on the
 * shallow, mostly acyclic graphs of infrastructure designs it converges in two or three passes, and the
 * passes after the first take only the vertices it could not settle. Every search is iterative, so a
 * 100,000-long chain cannot overflow the stack.
 *
 * <p>Inside, vertices are renumbered so that a vertex's dominators have smaller numbers. The paper uses
 * reverse postorder; the order in which a search first takes the vertices does as well, and the traffic
 * graph's search follows the design's order, where a depth-first search jumps across the design (one
 * load balancer's backends lie hundreds of components apart). At 100,000 components the arrays no longer
 * fit in the cache, and every jump cost a miss.
 */
final class Dominators {

    /**
     * How many passes a given order may take before the vertices are renumbered in reverse postorder:
     * designs settle in two or three; more means links that point back against the order, whose passes
     * reverse postorder bounds.
     */
    static final int MAX_PASSES = 6;

    /** Each reachable vertex by its number (the first {@link #count}); the root is number 0. */
    private final int[] vertexOf;
    /** How many vertices the root reaches, itself included. */
    private final int count;
    /** Each vertex's number plus one, or 0 when the root does not reach it (so a new array needs no fill). */
    private final int[] numberOf;
    /** Immediate dominators, both sides by number. */
    private final int[] idom;
    /** Whether {@link #vertexOf} is the order the caller gave. */
    private final boolean searchOrderKept;
    /** Scratch for {@link #commonDominator}, all zeros between calls: one array for every tier. */
    private int[] below;

    /**
     * Numbers the vertices in reverse postorder, by a depth-first search from {@code root}.
     *
     * @param vertexCount the number of vertices
     * @param succStart   successor ranges (compressed sparse rows): successors of v are
     *                    {@code succ[succStart[v] .. succStart[v + 1])}
     * @param succ        successor targets
     * @param root        where every path starts
     */
    Dominators(int vertexCount, int[] succStart, int[] succ, int root) {
        this(vertexCount, succStart, succ, root, null, 0, 0);
    }

    /**
     * Numbers the vertices in {@code order}: the root first, then every vertex it reaches, each once and
     * after one of its predecessors, as a search from the root first takes them. That keeps a vertex's
     * dominators before it, which is all the intersections need; reverse postorder only makes the passes
     * fewer. An order that follows the design (see {@link TrafficGraph#searchOrder()}) is read nearly in
     * order, where a depth-first search jumps across it. When {@code order} is not such an order, or has
     * not settled after {@code maxPasses} passes, the vertices are numbered in reverse postorder after all,
     * so the cost stays linear in passes that reverse postorder bounds.
     */
    Dominators(int vertexCount, int[] succStart, int[] succ, int[] order, int count, int maxPasses) {
        this(vertexCount, succStart, succ, order[0], order, count, maxPasses);
    }

    private Dominators(int vertexCount, int[] succStart, int[] succ, int root, int[] order, int count,
            int maxPasses) {
        numberOf = new int[vertexCount];
        int[] found = order == null ? null : solve(order, count, succStart, succ, numberOf, maxPasses);
        searchOrderKept = found != null;
        if (found == null) {
            order = new int[vertexCount];
            count = depthFirstPostorder(succStart, succ, root, order);
            for (int i = 0, j = count - 1; i < j; i++, j--) { // postorder reversed, in place
                int v = order[i];
                order[i] = order[j];
                order[j] = v;
            }
            Arrays.fill(numberOf, 0);
            found = solve(order, count, succStart, succ, numberOf, Integer.MAX_VALUE);
        }
        vertexOf = order;
        this.count = count;
        idom = found;
    }

    /**
     * Fills {@code numberOf} (all zeros) from {@code vertexOf} and returns the immediate dominators by
     * number, or null when the numbering is not a search's (a vertex repeated, a reachable vertex left out, or one with
     * no predecessor before it) or needs more than {@code maxPasses} passes.
     */
    private static int[] solve(int[] vertexOf, int count, int[] succStart, int[] succ, int[] numberOf,
            int maxPasses) {
        for (int i = 0; i < count; i++) {
            if (numberOf[vertexOf[i]] != 0) {
                return null;
            }
            numberOf[vertexOf[i]] = i + 1;
        }
        // Predecessors by number, from reachable vertices only (the others dominate nothing). Each edge's
        // target is looked up by number once, into an array read in order by the second pass.
        int[] predStart = new int[count + 1];
        int[] numberedSucc = new int[succ.length];
        int edges = 0;
        for (int i = 0; i < count; i++) {
            int v = vertexOf[i];
            for (int e = succStart[v]; e < succStart[v + 1]; e++) {
                int target = numberOf[succ[e]] - 1;
                if (target < 0) {
                    return null;
                }
                numberedSucc[edges++] = target;
                predStart[target + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            predStart[i + 1] += predStart[i];
        }
        int[] pred = new int[predStart[count]];
        for (int i = 0, k = 0; i < count; i++) {
            int v = vertexOf[i];
            for (int end = k + succStart[v + 1] - succStart[v]; k < end; k++) {
                pred[predStart[numberedSucc[k]]++] = i; // predStart[b] ends at b's end, then shifts back
            }
        }
        for (int b = count; b > 0; b--) {
            predStart[b] = predStart[b - 1];
        }
        predStart[0] = 0;
        // Predecessors were filled in increasing number, so each vertex's first is its earliest.
        for (int b = 1; b < count; b++) {
            if (predStart[b] == predStart[b + 1] || pred[predStart[b]] >= b) {
                return null;
            }
        }
        // The first pass settles every vertex whose predecessors all come before it and are settled: their
        // dominators are final when it is reached, so its own are. Only the rest are passed over again, in
        // the same order, until none changes: on a design, the few vertices a link points back to.
        int[] idom = new int[count];
        boolean[] settled = new boolean[count];
        idom[0] = 0;
        settled[0] = true;
        int[] unsettled = new int[16];
        int unsettledCount = 0;
        for (int b = 1; b < count; b++) {
            int newIdom = pred[predStart[b]]; // before b, as checked above
            boolean exact = settled[newIdom];
            for (int e = predStart[b] + 1; e < predStart[b + 1]; e++) {
                int p = pred[e];
                if (p < b) {
                    newIdom = intersect(idom, p, newIdom);
                    exact &= settled[p];
                } else {
                    exact = false; // not reached yet: the passes below take it in
                }
            }
            idom[b] = newIdom;
            settled[b] = exact;
            if (!exact) {
                if (unsettledCount == unsettled.length) {
                    unsettled = Arrays.copyOf(unsettled, 2 * unsettledCount);
                }
                unsettled[unsettledCount++] = b;
            }
        }
        boolean changed = unsettledCount > 0;
        for (int passes = 1; changed; passes++) {
            if (passes == maxPasses) {
                return null;
            }
            changed = false;
            for (int i = 0; i < unsettledCount; i++) {
                int b = unsettled[i];
                int newIdom = pred[predStart[b]];
                for (int e = predStart[b] + 1; e < predStart[b + 1]; e++) {
                    newIdom = intersect(idom, pred[e], newIdom);
                }
                if (idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
        return idom;
    }

    /** Whether the vertices kept the order they were given (false: they were renumbered in reverse postorder). */
    boolean searchOrderKept() {
        return searchOrderKept;
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
            int i = numberOf[v] - 1;
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
        int i = numberOf[v] - 1;
        return i < 0 ? -1 : vertexOf[idom[i]];
    }

    /** The nearest common dominator of two numbered vertices: a dominator has the smaller number. */
    private static int intersect(int[] idom, int a, int b) {
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
