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
        assertTrue(ComponentKind.values().length < 31, "a bit per kind, and one for reached, in an int");
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
}
