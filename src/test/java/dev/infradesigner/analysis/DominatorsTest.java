package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dominators against their definition, found by brute force: {@code d} dominates {@code v} when
 * removing {@code d} leaves {@code v} unreachable. Random graphs with cycles, dead ends, self-loops,
 * parallel edges and unreachable parts.
 */
class DominatorsTest {

    private record Graph(int n, int[] start, int[] succ) {

        /** Whether some edge points back to a vertex at or before its source, which is how cycles arise. */
        boolean hasEdgeBack() {
            for (int v = 0; v < n; v++) {
                for (int e = start[v]; e < start[v + 1]; e++) {
                    if (succ[e] <= v) {
                        return true;
                    }
                }
            }
            return false;
        }

        static Graph random(Random random) {
            int n = 1 + random.nextInt(25);
            List<List<Integer>> out = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                out.add(new ArrayList<>());
            }
            int edges = random.nextInt(3 * n + 1);
            for (int e = 0; e < edges; e++) {
                int from = random.nextInt(n);
                // Mostly forward, as in designs, with some edges back to make cycles.
                int to = random.nextInt(4) == 0 ? random.nextInt(n) : Math.min(n - 1, from + 1 + random.nextInt(3));
                out.get(from).add(to);
            }
            int[] start = new int[n + 1];
            List<Integer> succ = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                succ.addAll(out.get(v));
                start[v + 1] = succ.size();
            }
            return new Graph(n, start, succ.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Whether the root reaches each vertex when {@code removed} (or -1 for none) is gone. */
        boolean[] reached(int root, int removed) {
            boolean[] seen = new boolean[n];
            if (root == removed) {
                return seen;
            }
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            while (top > 0) {
                int v = stack[--top];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int w = succ[e];
                    if (w != removed && !seen[w]) {
                        seen[w] = true;
                        stack[top++] = w;
                    }
                }
            }
            return seen;
        }

        /** {@code dominates[d][v]}: every path from the root to the reachable {@code v} passes through d. */
        boolean[][] dominates(int root) {
            boolean[] reached = reached(root, -1);
            boolean[][] dominates = new boolean[n][n];
            for (int d = 0; d < n; d++) {
                boolean[] without = reached(root, d);
                for (int v = 0; v < n; v++) {
                    dominates[d][v] = reached[v] && reached[d] && (d == v || !without[v]);
                }
            }
            return dominates;
        }
    }

    /** The deepest of {@code candidates}: the one every other candidate dominates. */
    private static int deepest(List<Integer> candidates, boolean[][] dominates) {
        for (int c : candidates) {
            if (candidates.stream().allMatch(o -> dominates[o][c])) {
                return c;
            }
        }
        return -1;
    }

    @Test
    void immediateDominatorsAndCommonDominatorsMatchTheDefinitionOnRandomGraphs() {
        int cyclic = 0;
        for (long seed = 0; seed < 3_000; seed++) {
            Random random = new Random(seed);
            Graph g = Graph.random(random);
            int root = random.nextInt(g.n());
            int[] members = random.ints(1 + random.nextInt(4), 0, g.n()).toArray();
            assertMatchesTheDefinition(g, root, new Dominators(g.n(), g.start(), g.succ(), root), members,
                    "seed " + seed);
            cyclic += g.hasEdgeBack() ? 1 : 0;
        }
        assertTrue(cyclic > 1_000, "graphs with edges pointing back (cycles): " + cyclic);
    }

    private static void assertMatchesTheDefinition(Graph g, int root, Dominators dominators, int[] members,
            String what) {
        boolean[][] dominates = g.dominates(root);
        boolean[] reached = g.reached(root, -1);
        for (int v = 0; v < g.n(); v++) {
            int expected = -1;
            if (v == root) {
                expected = root;
            } else if (reached[v]) {
                List<Integer> strict = new ArrayList<>();
                for (int d = 0; d < g.n(); d++) {
                    if (d != v && dominates[d][v]) {
                        strict.add(d);
                    }
                }
                expected = deepest(strict, dominates);
            }
            assertEquals(expected, dominators.idom(v), what + ": idom of " + v);
        }
        List<Integer> common = new ArrayList<>();
        for (int d = 0; d < g.n(); d++) {
            int candidate = d;
            boolean any = Arrays.stream(members).anyMatch(m -> reached[m]);
            if (any && Arrays.stream(members).filter(m -> reached[m]).allMatch(m -> dominates[candidate][m])) {
                common.add(d);
            }
        }
        assertEquals(deepest(common, dominates), dominators.commonDominator(members),
                what + ": common dominator of " + Arrays.toString(members));
    }

    @Test
    void aLongChainNeedsNoDeepStack() {
        int n = 200_000;
        int[] start = new int[n + 1];
        int[] succ = new int[n - 1];
        for (int v = 0; v < n - 1; v++) {
            succ[v] = v + 1;
            start[v + 1] = v + 1;
        }
        start[n] = n - 1;
        Dominators dominators = new Dominators(n, start, succ, 0);
        assertEquals(n - 2, dominators.idom(n - 1));
        assertEquals(n / 2, dominators.commonDominator(new int[] {n - 1, n / 2, n - 7}));
    }
}
