package dev.infradesigner.analysis;

import java.util.Arrays;

/**
 * Immediate dominators of a directed graph from one root: vertex {@code d} dominates {@code v} when every
 * path from the root to {@code v} passes through {@code d}.
 *
 * <p>The iterative algorithm of Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (2001):
 * number the vertices in reverse postorder, then pass over them in that order, setting each vertex's
 * immediate dominator to the nearest common dominator of its processed predecessors, until a pass changes
 * nothing. On the shallow, mostly acyclic graphs of infrastructure designs that takes two or three passes.
 * The depth-first search is iterative, so a 100,000-long chain cannot overflow the stack.
 */
final class Dominators {

    /** The vertices the root reaches, in reverse postorder: the root first. */
    private final int[] order;
    /** Each vertex's place in {@link #order}, or -1 when the root does not reach it. */
    private final int[] number;
    /** Immediate dominators, both sides as places in {@link #order}; the root's is itself. */
    private final int[] idom;

    /**
     * @param vertexCount the number of vertices
     * @param rowStart    successor ranges (compressed sparse rows): the successors of v are
     *                    {@code targets[rowStart[v] .. rowStart[v + 1])}
     * @param targets     successor targets
     * @param root        where every path starts
     */
    Dominators(int vertexCount, int[] rowStart, int[] targets, int root) {
        order = reversePostorder(vertexCount, rowStart, targets, root);
        number = new int[vertexCount];
        Arrays.fill(number, -1);
        for (int i = 0; i < order.length; i++) {
            number[order[i]] = i;
        }
        int[][] predecessors = predecessors(rowStart, targets);
        idom = new int[order.length];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < order.length; b++) {
                int newIdom = -1;
                for (int p : predecessors[b]) {
                    if (idom[p] >= 0) {
                        newIdom = newIdom < 0 ? p : intersect(p, newIdom);
                    }
                }
                if (idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
    }

    /** The predecessors of each numbered vertex, as numbers; edges from unreached vertices left out. */
    private int[][] predecessors(int[] rowStart, int[] targets) {
        int[] count = new int[order.length];
        for (int v : order) {
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                count[number[targets[e]]]++;
            }
        }
        int[][] predecessors = new int[order.length][];
        for (int b = 0; b < order.length; b++) {
            predecessors[b] = new int[count[b]];
            count[b] = 0;
        }
        for (int p = 0; p < order.length; p++) {
            int v = order[p];
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int b = number[targets[e]];
                predecessors[b][count[b]++] = p;
            }
        }
        return predecessors;
    }

    /** The immediate dominator of {@code v}, the root for the root, or -1 when the root cannot reach it. */
    int idom(int v) {
        return number[v] < 0 ? -1 : order[idom[number[v]]];
    }

    /**
     * The nearest vertex that dominates every reachable vertex of {@code vertices} (their lowest common
     * ancestor in the dominator tree), or -1 when none is reachable.
     */
    int commonDominator(int[] vertices) {
        int common = -1;
        for (int v : vertices) {
            int b = number[v];
            if (b >= 0) {
                common = common < 0 ? b : intersect(b, common);
            }
        }
        return common < 0 ? -1 : order[common];
    }

    /** The nearest common dominator of two numbered vertices: walk up from the later until they meet. */
    private int intersect(int a, int b) {
        while (a != b) {
            while (a > b) {
                a = idom[a];
            }
            while (b > a) {
                b = idom[b];
            }
        }
        return a;
    }

    /** The vertices the root reaches, in reverse postorder of an iterative depth-first search. */
    private static int[] reversePostorder(int vertexCount, int[] rowStart, int[] targets, int root) {
        int[] postorder = new int[vertexCount];
        int count = 0;
        boolean[] visited = new boolean[vertexCount];
        int[] stack = new int[vertexCount];
        int[] nextEdge = new int[vertexCount];
        int top = 0;
        stack[top++] = root;
        nextEdge[root] = rowStart[root];
        visited[root] = true;
        while (top > 0) {
            int v = stack[top - 1];
            if (nextEdge[v] < rowStart[v + 1]) {
                int w = targets[nextEdge[v]++];
                if (!visited[w]) {
                    visited[w] = true;
                    nextEdge[w] = rowStart[w];
                    stack[top++] = w;
                }
            } else {
                top--;
                postorder[count++] = v;
            }
        }
        int[] reversed = new int[count];
        for (int i = 0; i < count; i++) {
            reversed[i] = postorder[count - 1 - i];
        }
        return reversed;
    }
}
