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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The failure analysis against the plainest possible definition: take each failure domain down in turn
 * and search again, with tiers found by the oracle's own reading of the domain spec; and for each tier a
 * domain cuts off, the components of it whose loss alone cuts it off (the engine's dominators). Ten
 * thousand random topologies, zero mismatches; a failure names its seed.
 */
class FailureAnalysisOracleTest {

    private static final int DESIGNS = 10_000;
    private static final long BASE_SEED = 4_2026_11_25L;

    @Test
    void theEngineAgreesWithBruteForceOnRandomTopologies() {
        int withSpofs = 0;
        int served = 0;
        int withDominators = 0;
        int serverOnly = 0;
        for (int i = 0; i < DESIGNS; i++) {
            long seed = BASE_SEED + i;
            Design design = RandomDesigns.generate(seed);
            Map<String, Map<Tier, Set<String>>> expected = BruteForceFailures.domains(design);
            FailureAnalysis engine = new FailureAnalysis(new TrafficGraph(design));
            Map<String, Map<Tier, Set<String>>> actual = domains(engine);
            if (!expected.equals(actual)) {
                fail("mismatch for seed " + seed + " (replay: RandomDesigns.generate(" + seed + "L))\n  oracle: "
                        + expected + "\n  engine: " + actual);
            }
            served += engine.baselineServed() ? 1 : 0;
            withSpofs += actual.isEmpty() ? 0 : 1;
            withDominators += actual.values().stream().anyMatch(t -> t.values().stream().anyMatch(a -> !a.isEmpty())) ? 1 : 0;
            serverOnly += actual.values().stream().anyMatch(t -> t.values().stream().anyMatch(Set::isEmpty)) ? 1 : 0;
        }
        assertTrue(served > DESIGNS / 3, "enough designs serve every tier to be interesting: " + served);
        assertTrue(withSpofs > DESIGNS / 10 && withSpofs < served, "a mix with and without SPOFs: " + withSpofs);
        assertTrue(withDominators > DESIGNS / 10, "SPOFs with a component on every path: " + withDominators);
        assertTrue(serverOnly > 10, "servers that cut a tier with no one component on every path: " + serverOnly);
    }

    /**
     * The same with a random network layer under each design (small designs: the oracle searches the
     * cables for every hop of every search). Each device is a failure domain of its own.
     */
    @Test
    void theEngineAgreesWithBruteForceOnRandomTwoLayerDesigns() {
        int deviceSpofs = 0;
        int served = 0;
        for (Seeded seeded : twoLayerDesigns(DESIGNS)) {
            long seed = seeded.seed();
            Design design = seeded.design();
            Map<String, Map<Tier, Set<String>>> expected = BruteForceFailures.domains(design);
            FailureAnalysis engine = new FailureAnalysis(new TrafficGraph(design));
            Map<String, Map<Tier, Set<String>>> actual = domains(engine);
            deviceSpofs += (int) engine.singlePointsOfFailure().stream()
                    .filter(d -> d.component().kind().networkDevice()).count();
            if (!expected.equals(actual)) {
                fail("mismatch for seed " + seed + " (replay: RandomNetworks.under(RandomDesigns.generate(" + seed
                        + "L), " + seed + "L))\n  oracle: " + expected + "\n  engine: " + actual);
            }
            served += engine.baselineServed() ? 1 : 0;
        }
        assertTrue(served > DESIGNS / 5, "enough designs serve every tier through their network: " + served);
        assertTrue(deviceSpofs > DESIGNS / 10, "devices that are single points of failure: " + deviceSpofs);
    }

    /** Simulate Failure with several network devices down at once against the definition, run literally. */
    @Test
    void whatIfWithSeveralDevicesDownAgreesWithTheDefinition() {
        int lostSome = 0;
        for (Seeded seeded : twoLayerDesigns(2_000)) {
            long seed = seeded.seed();
            Design design = seeded.design();
            java.util.List<String> devices = design.components().stream().filter(c -> c.kind().networkDevice())
                    .map(Component::id).toList();
            java.util.Random r = new java.util.Random(seed);
            Set<String> failed = new TreeSet<>();
            for (int k = 0; k < 2 + r.nextInt(2); k++) {
                failed.add(devices.get(r.nextInt(devices.size())));
            }
            Set<Tier> expected = BruteForceFailures.lostWhen(design, failed);
            Set<Tier> actual = java.util.EnumSet.noneOf(Tier.class);
            actual.addAll(WhatIf.simulate(design, failed).lostTiers());
            if (!expected.equals(actual)) {
                fail("what-if mismatch for seed " + seed + " with " + failed + ": oracle " + expected + ", engine "
                        + actual);
            }
            lostSome += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(lostSome > 100, "what-ifs that lose something: " + lostSome);
    }

    /** The engine's single points of failure in the oracle's terms: tiers lost, and the parts alone cutting each. */
    private static Map<String, Map<Tier, Set<String>>> domains(FailureAnalysis engine) {
        Map<String, Map<Tier, Set<String>>> actual = new TreeMap<>();
        for (FailureAnalysis.Domain d : engine.singlePointsOfFailure()) {
            Map<Tier, Set<String>> tiers = new TreeMap<>();
            for (Tier tier : d.lostTiers()) {
                Set<String> alone = new TreeSet<>();
                d.dominatorsOf(tier).forEach(c -> alone.add(c.id()));
                tiers.put(tier, alone);
            }
            actual.put(d.component().id(), tiers);
        }
        return actual;
    }

    private record Seeded(long seed, Design design) {
    }

    /**
     * {@code count} small random designs (40 components at most: the oracle searches the cables for every hop
     * of every search) with a random network under each, seeded from {@link #BASE_SEED} on.
     */
    private static java.util.List<Seeded> twoLayerDesigns(int count) {
        java.util.List<Seeded> out = new java.util.ArrayList<>();
        for (long seed = BASE_SEED; out.size() < count; seed++) {
            Design plain = RandomDesigns.generate(seed);
            if (plain.components().size() <= 40) {
                out.add(new Seeded(seed, RandomNetworks.under(plain, seed)));
            }
        }
        return out;
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
