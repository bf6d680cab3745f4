package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkDesigns;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.UplinkSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code network.same-provider}: sample 05's two providers, made one in the ways a user would type them. */
class SameProviderRuleTest {

    private static final SameProviderRule RULE = new SameProviderRule();

    private static Design provider(Design design, String uplinkId, String provider) {
        return RuleTesting.edit(design, uplinkId, c -> c.withSettings(new UplinkSettings(provider, 1000)));
    }

    @Test
    void twoProvidersAreFine() {
        assertEquals(List.of(), RuleTesting.run(RULE, NetworkDesigns.sample5()));
    }

    @Test
    void theSameProviderTypedDifferentlyIsStillOneProvider() {
        Design design = provider(NetworkDesigns.sample5(), "uplink-b", " isp a");
        Finding f = RuleTesting.single(RuleTesting.run(RULE, design), Severity.WARNING, "uplink-a", "uplink-b");
        assertTrue(f.message().contains("\"Uplink A\" and \"Uplink B\""), f.message());
        assertTrue(f.message().contains("one provider, \"ISP A\""), f.message());
        assertTrue(f.fix().contains("another provider"), f.fix());
    }

    @Test
    void aThirdUplinkFromAnotherProviderIsEnough() {
        Design design = provider(NetworkDesigns.sample5(), "uplink-b", "ISP A");
        assertEquals(1, RuleTesting.run(RULE, design).size());
        Component third = Component.create("uplink-c", ComponentKind.UPLINK, "Uplink C", new Bounds(0, 0, 168, 56))
                .withSettings(new UplinkSettings("ISP C", 100));
        assertEquals(List.of(), RuleTesting.run(RULE, design.with(third)));
    }

    @Test
    void oneUplinkIsTheSingleUplinkRulesCaseNotThisOne() {
        assertEquals(List.of(), RuleTesting.run(RULE, NetworkDesigns.sample5("uplink-b")));
    }

    @Test
    void withoutUplinksThereIsNothingToCompare() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), RuleTesting.run(RULE, RuleTesting.sample(n)), "sample " + n);
        }
    }
}
