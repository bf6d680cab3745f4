package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkDesigns;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Cables;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code spof.network} alone, on sample 05 with devices or cables taken away: it names the one switch,
 * router or uplink users cannot do without, but leaves the design's only uplink to
 * {@code network.single-uplink} so that one root cause is not reported twice.
 */
class NetworkSpofRuleTest {

    private final NetworkSpofRule rule = new NetworkSpofRule();

    private static Set<String> ids(List<Finding> findings) {
        findings.forEach(f -> assertEquals(1, f.componentIds().size(), f.toString()));
        return findings.stream().map(f -> f.componentIds().get(0)).collect(Collectors.toSet());
    }

    @Test
    void aRedundantNetworkHasNoSingleDevice() {
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5()));
    }

    @Test
    void theOnlySwitchCutsUsersOffEveryTier() {
        Finding f = single(run(rule, NetworkDesigns.sample5("switch-b")), Severity.ERROR, "switch-a");
        assertEquals("If \"Switch A\" (switch) fails, users cannot reach web servers, application servers, "
                + "database reads and database writes: every path of cables to them runs through it.", f.message());
        assertTrue(f.fix().startsWith("Add a second switch and attach every server this one serves to both"),
                f.fix());
    }

    @Test
    void theOnlyRouterIsReportedWithTheUplinkBehindIt() {
        // uplink-b stays, uncabled: the design has two uplinks, so uplink-a is this rule's to report.
        List<Finding> findings = run(rule, NetworkDesigns.sample5("router-b"));
        assertEquals(Set.of("router-a", "uplink-a"), ids(findings));
        assertEquals(2, findings.size(), findings.toString());
        findings.forEach(f -> assertEquals(Severity.ERROR, f.severity()));
        Finding router = findings.stream().filter(f -> f.componentIds().equals(List.of("router-a"))).findFirst()
                .orElseThrow();
        assertTrue(router.message().startsWith("If \"Edge router A\" (router) fails"), router.message());
        assertTrue(router.fix().contains("second router"), router.fix());
        Finding uplink = findings.stream().filter(f -> f.componentIds().equals(List.of("uplink-a"))).findFirst()
                .orElseThrow();
        assertTrue(uplink.message().startsWith("If \"Uplink A\" (internet uplink) fails"), uplink.message());
        assertTrue(uplink.fix().contains("another provider"), uplink.fix());
    }

    @Test
    void anUncabledSecondUplinkLeavesTheFirstASingleDevice() {
        Design design = NetworkDesigns.sample5();
        Design uncabled = new Design(design.name(), design.components(),
                design.links().stream().filter(l -> !l.id().equals("router-b--uplink-b")).toList());
        assertEquals(Set.of(), Cables.of(uncabled, "uplink-b"));
        assertEquals(Set.of("uplink-a", "uplink-b"), uncabled.componentsOf(ComponentKind.UPLINK).stream()
                .map(c -> c.id()).collect(Collectors.toSet()));
        assertEquals(Set.of("router-a", "uplink-a"), ids(run(rule, uncabled)));
    }

    @Test
    void theDesignsOnlyUplinkIsLeftToTheSingleUplinkRule() {
        // router-a, which the one uplink plugs into, is still this rule's; uplink-a is network.single-uplink.
        single(run(rule, NetworkDesigns.sample5("uplink-b")), Severity.ERROR, "router-a");
    }

    @Test
    void withoutNetworkDevicesNothingIsReported() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }
}
