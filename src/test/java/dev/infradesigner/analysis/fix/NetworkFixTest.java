package dev.infradesigner.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkDesigns;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.UplinkSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Applying the network findings' fixes, one after the other as a user would, leaves a design with no
 * network finding and nothing else new: from sample 04's redundant network with any one device taken away,
 * or with a server left unattached.
 */
class NetworkFixTest {

    private static Set<String> findings(Design design) {
        return new Auditor().audit(design).stream().filter(f -> !f.suppressed())
                .map(f -> f.ruleId() + " " + f.componentIds()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean network(Finding f) {
        return f.ruleId().equals("spof.network") || f.ruleId().startsWith("network.");
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"uplink-a", "uplink-b", "router-a", "router-b", "switch-a", "switch-b", "web-server-2 cables"})
    void theFixesClearTheNetworkFindingsAndAddNoOther(String without) {
        Design design;
        if (without.endsWith(" cables")) {
            Design full = NetworkDesigns.sample5();
            String server = without.substring(0, without.indexOf(' '));
            design = new Design(full.name(), full.components(), full.links().stream().filter(l ->
                    l.protocol() != Protocol.NETWORK || !l.from().equals(server)).toList());
        } else {
            design = NetworkDesigns.sample5(without);
        }
        Set<String> expectedOthers = findings(NetworkDesigns.sample5());
        List<String> applied = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            Optional<Finding> next = new Auditor().audit(design).stream().filter(NetworkFixTest::network).findFirst();
            if (next.isEmpty()) {
                break;
            }
            Fix fix = Fixes.forFinding(design, next.get()).orElseThrow(() -> new AssertionError("no fix for " + next.get()));
            applied.add(fix.description());
            design = fix.change().apply(design);
        }
        assertTrue(!applied.isEmpty(), "there was a finding to fix");
        assertEquals(expectedOthers, findings(design), "after " + applied);
        for (var u : design.componentsOf(dev.infradesigner.model.ComponentKind.UPLINK)) {
            assertTrue(u.settings(UplinkSettings.class).provider().startsWith("ISP"), u.toString());
        }
        assertEquals(design.componentsOf(dev.infradesigner.model.ComponentKind.UPLINK).size(),
                design.componentsOf(dev.infradesigner.model.ComponentKind.UPLINK).stream()
                        .map(u -> u.settings(UplinkSettings.class).provider()).distinct().count(),
                "each uplink from a provider of its own");
    }
}
