package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The failure analysis against the plainest possible definition: take each failure domain down in turn
 * and search again. Ten thousand random topologies, zero mismatches; a failure names its seed.
 */
class FailureAnalysisOracleTest {

    private static final int DESIGNS = 10_000;
    private static final long BASE_SEED = 4_2026_11_25L;

    @Test
    void theEngineAgreesWithBruteForceOnRandomTopologies() {
        int withSpofs = 0;
        int served = 0;
        for (int i = 0; i < DESIGNS; i++) {
            long seed = BASE_SEED + i;
            Design design = RandomDesigns.generate(seed);
            Map<String, Set<Tier>> expected = BruteForceFailures.of(design);
            FailureAnalysis engine = new FailureAnalysis(new TrafficGraph(design));
            Map<String, Set<Tier>> actual = new TreeMap<>();
            engine.singlePointsOfFailure().forEach(d -> actual.put(d.component().id(), d.lostTiers()));
            if (!expected.equals(actual)) {
                fail("mismatch for seed " + seed + " (replay: RandomDesigns.generate(" + seed + "L))\n  oracle: "
                        + expected + "\n  engine: " + actual);
            }
            served += engine.baselineServed() ? 1 : 0;
            withSpofs += actual.isEmpty() ? 0 : 1;
        }
        assertTrue(served > DESIGNS / 3, "enough designs serve every tier to be interesting: " + served);
        assertTrue(withSpofs > DESIGNS / 10 && withSpofs < served, "a mix with and without SPOFs: " + withSpofs);
    }

    @Test
    void theGeneratorMakesHostingPairsAndCycles() {
        int hosted = 0;
        int pairs = 0;
        int cycles = 0;
        for (int i = 0; i < 500; i++) {
            Design d = RandomDesigns.generate(BASE_SEED + i);
            hosted += d.components().stream().anyMatch(Component::hosted) ? 1 : 0;
            pairs += d.links().stream().filter(l -> d.component(l.from()).orElseThrow().kind() == ComponentKind.USERS
                    && d.component(l.to()).orElseThrow().kind() == ComponentKind.LOAD_BALANCER).count() > 1 ? 1 : 0;
            cycles += d.links().stream().anyMatch(l -> d.links().stream()
                    .anyMatch(m -> m.from().equals(l.to()) && m.to().equals(l.from()))) ? 1 : 0;
        }
        assertTrue(hosted > 300 && pairs > 50 && cycles > 5, hosted + " hosted, " + pairs + " pairs, " + cycles);
    }

}
