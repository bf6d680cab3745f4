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
 * {@code network.single-uplink} alone: a design with a network layer and exactly one uplink has one internet
 * connection, a single point of failure however redundant the rest is. It counts the uplinks drawn, not the
 * ones cabled, and says nothing when there are none.
 */
class SingleUplinkRuleTest {

    private final SingleUplinkRule rule = new SingleUplinkRule();

    @Test
    void twoUplinksFromTwoProvidersAreNotASingleConnection() {
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5()));
    }

    @Test
    void oneUplinkIsTheSingleInternetConnection() {
        Finding f = single(run(rule, NetworkDesigns.sample5("uplink-b")), Severity.ERROR, "uplink-a");
        assertEquals("Users reach the design through one internet connection only, \"Uplink A\": if it fails, "
                + "the whole service is unreachable.", f.message());
        assertTrue(f.fix().contains("another provider"), f.fix());
        assertTrue(f.fix().contains("second router"), f.fix());
    }

    @Test
    void oneUplinkIsReportedEvenWithTwoRouters() {
        // router-b stays, with no uplink of its own: still one connection.
        Design design = NetworkDesigns.sample5("uplink-b");
        assertEquals(2, design.components().stream().filter(c -> c.id().startsWith("router-")).count());
        single(run(rule, design), Severity.ERROR, "uplink-a");
    }

    @Test
    void aSecondUplinkWithNoCableStillCountsAsASecondUplink() {
        // The rule counts uplinks, as docs/rules.md says ("one uplink"); the cabled one left is then a single
        // device, which spof.network reports (see NetworkSpofRuleTest).
        Design design = NetworkDesigns.sample5();
        Design uncabled = new Design(design.name(), design.components(),
                design.links().stream().filter(l -> !l.id().equals("router-b--uplink-b")).toList());
        assertEquals(Set.of(), Cables.of(uncabled, "uplink-b"));
        assertEquals(Set.of("uplink-a", "uplink-b"), uncabled.componentsOf(ComponentKind.UPLINK).stream()
                .map(c -> c.id()).collect(Collectors.toSet()));
        assertEquals(List.of(), run(rule, uncabled));
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5("router-b")));
    }

    @Test
    void noUplinkAtAllIsNotTheSingleUplinkCase() {
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5("uplink-a", "uplink-b")));
    }

    @Test
    void withoutNetworkDevicesNothingIsReported() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }
}
