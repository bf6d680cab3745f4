package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.bench.DesignGenerator;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one search that finds, for every kind at once, what users reach around it, against a plain search
 * per kind with that kind's components down.
 */
class TrafficGraphTest {

    @Test
    void reachedAvoidingEachKindIsASearchWithThatKindDown() {
        assertTrue(ComponentKind.values().size() < 31, "a bit per kind, and one for reached, in an int");
        List<Design> designs = new ArrayList<>();
        for (long seed = 0; seed < 2_000; seed++) {
            designs.add(RandomDesigns.generate(seed));
        }
        designs.add(DesignGenerator.generate(2_000));
        int avoidedSomewhere = 0;
        for (Design design : designs) {
            TrafficGraph graph = new TrafficGraph(design);
            boolean[] reached = graph.reachable(null);
            for (int v = 0; v < graph.size(); v++) {
                assertEquals(reached[v], graph.reached(v), design.name() + " vertex " + v);
            }
            for (ComponentKind kind : ComponentKind.values()) {
                boolean[] down = new boolean[graph.size()];
                for (int v = 0; v < down.length; v++) {
                    down[v] = graph.kindOf(v) == kind;
                }
                boolean[] around = graph.reachable(down);
                for (int v = 0; v < graph.size(); v++) {
                    assertEquals(around[v], graph.reachedAvoiding(v, kind), () -> design.name() + " " + kind);
                    avoidedSomewhere += reached[v] && !around[v] ? 1 : 0;
                }
            }
        }
        assertTrue(avoidedSomewhere > 10_000, "the designs put kinds on the paths: " + avoidedSomewhere);
    }

    @Test
    void theSearchOrderTakesEachReachedVertexOnceAfterAPredecessor() {
        int againstTheDesign = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            Design design = RandomDesigns.generate(seed);
            TrafficGraph graph = new TrafficGraph(design);
            int[] order = graph.searchOrder();
            int length = graph.searchOrderLength();
            boolean[] reached = graph.reachable(null);
            int[] position = new int[graph.root() + 1];
            java.util.Arrays.fill(position, -1);
            assertEquals(graph.root(), order[0], "seed " + seed + ": the root first");
            position[graph.root()] = 0;
            for (int i = 1; i < length; i++) {
                int v = order[i];
                assertTrue(v < graph.size() && reached[v], "seed " + seed + ": " + v + " is reached");
                assertEquals(-1, position[v], "seed " + seed + ": " + v + " taken once");
                position[v] = i;
            }
            int[] firstPredecessor = new int[graph.root() + 1];
            java.util.Arrays.fill(firstPredecessor, Integer.MAX_VALUE);
            for (int u = 0; u <= graph.root(); u++) {
                for (int e = graph.rowStarts()[u]; e < graph.rowStarts()[u + 1]; e++) {
                    int w = graph.targets()[e];
                    if (position[u] >= 0) {
                        firstPredecessor[w] = Math.min(firstPredecessor[w], position[u]);
                    }
                }
            }
            int previous = -1;
            for (int v = 0; v < graph.size(); v++) {
                assertEquals(reached[v], position[v] >= 0, "seed " + seed + ": " + v + " taken when reached");
                if (position[v] >= 0) {
                    assertTrue(firstPredecessor[v] < position[v], "seed " + seed + ": a predecessor before " + v);
                }
            }
            for (int i = 1; i < length; i++) {
                againstTheDesign += order[i] < previous ? 1 : 0;
                previous = order[i];
            }
        }
        assertTrue(againstTheDesign > 1_000, "links pointing back were searched from behind the sweep: " + againstTheDesign);
    }
}
