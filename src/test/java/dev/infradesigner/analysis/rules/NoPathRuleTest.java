package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkDesigns;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code network.no-path} on sample 05 cut in two in different ways: what no path of cables joins is
 * reported once per pair of places, and nothing else.
 */
class NoPathRuleTest {

    private static final NoPathRule RULE = new NoPathRule();

    private static Design without(Design design, Set<String> linkIds) {
        return new Design(design.name(), design.components(),
                design.links().stream().filter(l -> !linkIds.contains(l.id())).toList());
    }

    private static Set<List<String>> places(List<Finding> findings) {
        findings.forEach(f -> assertEquals(Severity.ERROR, f.severity(), f.toString()));
        return findings.stream().map(Finding::componentIds).collect(Collectors.toSet());
    }

    @Test
    void theRedundantNetworkHasAPathForEveryHop() {
        assertEquals(List.of(), RuleTesting.run(RULE, NetworkDesigns.sample5()));
    }

    @Test
    void withBothRoutersGoneUsersReachNeitherLoadBalancerAndTheFixAsksForAWayIn() {
        List<Finding> findings = RuleTesting.run(RULE, NetworkDesigns.sample5("router-a", "router-b"));
        assertEquals(Set.of(List.of("lb-server-1"), List.of("lb-server-2")), places(findings));
        Finding f = findings.get(0);
        assertTrue(f.message().startsWith("No path of cables joins the internet and \"LB server"), f.message());
        assertTrue(f.message().contains("\"Users\" cannot reach \"HAProxy"), f.message());
        assertTrue(f.fix().contains("router that has an uplink"), f.fix());
    }

    @Test
    void applicationServersOnOneIslandAndTheirPrimaryOnAnotherAreEachReportedOnce() {
        // Switch B keeps only its servers; the applications stay on switch A, the primary moves to switch B.
        Design design = without(NetworkDesigns.sample5(), Set.of("switch-b--router-a", "switch-b--router-b",
                "app-server-1--switch-b", "app-server-2--switch-b", "db-server-1--switch-a"));
        List<Finding> findings = RuleTesting.run(RULE, design);
        assertEquals(Set.of(List.of("app-server-1", "db-server-1"), List.of("app-server-2", "db-server-1")),
                places(findings));
        assertEquals(2, findings.size(), "once per pair of places, however many hops join them");
        assertTrue(findings.get(0).fix().startsWith("Cable the switches of \"App server"), findings.get(0).fix());
    }

    @Test
    void aServerOnNoNetworkIsLeftToTheUnattachedRule() {
        Design full = NetworkDesigns.sample5();
        Set<String> cables = full.links().stream().filter(l -> l.protocol() == Protocol.NETWORK
                && l.touches("web-server-2")).map(Link::id).collect(Collectors.toSet());
        assertEquals(2, cables.size());
        assertEquals(List.of(), RuleTesting.run(RULE, without(full, cables)));
    }

    @Test
    void withoutNetworkDevicesEveryHopHasTheIdealNetwork() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), RuleTesting.run(RULE, RuleTesting.sample(n)), "sample " + n);
        }
    }
}
