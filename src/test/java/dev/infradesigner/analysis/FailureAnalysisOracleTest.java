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
            Map<String, Set<Tier>> expected = oracle(design);
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

    /** Brute force: every failure domain down in turn, a fresh search each time. */
    static Map<String, Set<Tier>> oracle(Design design) {
        Map<Tier, Set<String>> tiers = new TreeMap<>();
        for (Tier t : Tier.values()) {
            if (!t.members(design).isEmpty()) {
                tiers.put(t, t.members(design));
            }
        }
        Map<String, Set<Tier>> result = new TreeMap<>();
        if (tiers.isEmpty() || !lost(design, Set.of(), tiers).isEmpty()) {
            return result;
        }
        for (Component c : design.components()) {
            if (c.hosted() || c.kind() == ComponentKind.USERS) {
                continue;
            }
            Set<String> failed = new HashSet<>(Set.of(c.id()));
            design.hostedOn(c.id()).forEach(h -> failed.add(h.id()));
            Set<Tier> lost = lost(design, failed, tiers);
            if (!lost.isEmpty()) {
                result.put(c.id(), lost);
            }
        }
        return result;
    }

    private static Set<Tier> lost(Design design, Set<String> failed, Map<Tier, Set<String>> tiers) {
        Map<String, java.util.List<Link>> out = new java.util.HashMap<>();
        design.links().forEach(l -> out.computeIfAbsent(l.from(), k -> new java.util.ArrayList<>()).add(l));
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        design.componentsOf(ComponentKind.USERS).forEach(u -> {
            seen.add(u.id());
            queue.add(u.id());
        });
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (Link l : out.getOrDefault(v, java.util.List.of())) {
                Component to = design.component(l.to()).orElseThrow();
                boolean traffic = l.protocol().userTraffic() && to.kind() != ComponentKind.DNS
                        && design.component(l.from()).orElseThrow().kind() != ComponentKind.DNS;
                if (traffic && l.from().equals(v) && !failed.contains(l.to()) && seen.add(l.to())) {
                    queue.add(l.to());
                }
            }
        }
        Set<Tier> lost = EnumSet.noneOf(Tier.class);
        tiers.forEach((tier, members) -> {
            if (members.stream().noneMatch(seen::contains)) {
                lost.add(tier);
            }
        });
        return lost;
    }
}
