package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The network rules on sample 04 given a network: two uplinks from two providers into two routers, each
 * router cabled to two switches, every server to both switches. Redundant, it adds no finding; taking one
 * device away gives exactly the findings docs/rules.md's network layer predicts.
 */
class NetworkRulesTest {

    static Design redundant(String... without) {
        return dev.infradesigner.analysis.NetworkDesigns.sample5(without);
    }

    private static Set<String> all(Design design) {
        return new Auditor().audit(design).stream().filter(f -> !f.suppressed())
                .map(f -> f.ruleId() + " " + f.componentIds()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> network(Design design) {
        return all(design).stream().filter(f -> f.startsWith("spof.network") || f.startsWith("network."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aRedundantNetworkAddsNoFindingAtAll() {
        assertEquals(all(RuleTesting.sample(4)), all(redundant()));
    }

    @Test
    void withOneSwitchThatSwitchCutsEverythingAndHoldsTheLoadBalancerPair() {
        assertEquals(Set.of("spof.network [switch-a]", "network.pair-same-switch [switch-a, lb-1, lb-2]"),
                network(redundant("switch-b")));
    }

    @Test
    void withOneRouterThatRouterAndItsUplinkAreSinglePointsOfFailure() {
        // uplink-b is left with no cable: it still exists, so this is not the single-uplink case.
        assertEquals(Set.of("spof.network [router-a]", "spof.network [uplink-a]"), network(redundant("router-b")));
    }

    @Test
    void withOneUplinkItIsTheSingleInternetConnectionReportedOnce() {
        // router-b then has no way to the internet, so router-a, which the one uplink plugs into, is one too.
        assertEquals(Set.of("network.single-uplink [uplink-a]", "spof.network [router-a]"),
                network(redundant("uplink-b")));
        Finding f = new Auditor().audit(redundant("uplink-b")).stream()
                .filter(x -> x.ruleId().equals("network.single-uplink")).findFirst().orElseThrow();
        assertTrue(f.fix().contains("another provider"), f.fix());
    }

    @Test
    void aServerOnNoSwitchIsUnattachedAndWhatItRunsIsCutOff() {
        Design design = redundant();
        List<Link> links = design.links().stream().filter(l -> !l.from().equals("web-server-2")
                || l.protocol() != Protocol.NETWORK).toList();
        Set<String> found = network(new Design(design.name(), design.components(), links));
        assertEquals(Set.of("network.unattached [web-server-2]"), found);
    }

    @Test
    void aServerOnOneSwitchOnlyMakesNoSwitchASinglePointOfFailureWhileTheOtherServesTheTier() {
        Design design = redundant();
        List<Link> links = design.links().stream().filter(l -> !l.id().equals("web-server-1--switch-b")).toList();
        assertEquals(Set.of(), network(new Design(design.name(), design.components(), links)));
    }

    @Test
    void withoutDevicesTheNetworkRulesSayNothing() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(Set.of(), network(RuleTesting.sample(n)), "sample " + n);
        }
    }
}
