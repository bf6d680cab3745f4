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
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code network.pair-same-switch} alone: the load-balancer pair of sample 05 (HAProxy 1 and 2, one floating
 * IP, on LB servers 1 and 2) is warned about only when both servers hang off one switch and no other device;
 * two switches, a second device on one server, or a router instead of a switch is not this case.
 */
class PairSameSwitchRuleTest {

    private final PairSameSwitchRule rule = new PairSameSwitchRule();

    /** Sample 05 with the cables of both LB servers replaced by {@code cables} ("server--device" each). */
    private static Design pairCabled(String... cables) {
        Design design = NetworkDesigns.sample5();
        Set<String> pair = Set.of("lb-server-1", "lb-server-2");
        List<Link> links = new ArrayList<>(design.links().stream()
                .filter(l -> l.protocol() != Protocol.NETWORK || !pair.contains(l.from())).toList());
        for (String cable : cables) {
            String[] ends = cable.split("--");
            links.add(Link.of(cable, ends[0], ends[1], Protocol.NETWORK));
        }
        Design out = new Design(design.name(), design.components(), links);
        for (String server : pair) {
            Set<String> wanted = new TreeSet<>();
            for (String cable : cables) {
                if (cable.startsWith(server + "--")) {
                    wanted.add(cable.substring(server.length() + 2));
                }
            }
            assertEquals(wanted, new TreeSet<>(Cables.of(out, server)), server);
        }
        return out;
    }

    @Test
    void aPairOnTwoSwitchesEachIsFine() {
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5()));
    }

    @Test
    void aPairOnTheOnlySwitchIsWarnedAbout() {
        Finding f = single(run(rule, NetworkDesigns.sample5("switch-b")), Severity.WARNING, "switch-a", "lb-1",
                "lb-2");
        assertEquals("The load-balancer pair \"HAProxy 1\" and \"HAProxy 2\" hangs off one switch, \"Switch A\": "
                + "the pair survives a server's loss, not that switch's.", f.message());
        assertTrue(f.fix().contains("two switches"), f.fix());
    }

    @Test
    void aPairOnOneSwitchOfTwoIsWarnedAboutToo() {
        Design design = pairCabled("lb-server-1--switch-b", "lb-server-2--switch-b");
        Finding f = single(run(rule, design), Severity.WARNING, "switch-b", "lb-1", "lb-2");
        assertTrue(f.message().contains("hangs off one switch, \"Switch B\""), f.message());
    }

    @Test
    void aPairWithOneServerOnEachSwitchIsFine() {
        assertEquals(List.of(), run(rule, pairCabled("lb-server-1--switch-a", "lb-server-2--switch-b")));
    }

    @Test
    void aPairWhoseSecondServerAlsoHasTheOtherSwitchIsFine() {
        assertEquals(List.of(), run(rule, pairCabled("lb-server-1--switch-a", "lb-server-2--switch-a",
                "lb-server-2--switch-b")));
    }

    @Test
    void aPairOnOneSwitchAndARouterIsNotOnOneDeviceOnly() {
        assertEquals(List.of(), run(rule, pairCabled("lb-server-1--switch-a", "lb-server-1--router-a",
                "lb-server-2--switch-a", "lb-server-2--router-a")));
    }

    @Test
    void aPairSharingOneRouterRatherThanASwitchIsNotThisCase() {
        assertEquals(List.of(), run(rule, pairCabled("lb-server-1--router-a", "lb-server-2--router-a")));
    }

    @Test
    void withoutNetworkDevicesNothingIsReported() {
        // Sample 04 has the same pair, on no cable at all.
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }
}
