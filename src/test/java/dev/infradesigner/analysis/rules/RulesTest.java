package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.AuditRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule ids are a public interface: exactly those of the domain primer, in its order. */
class RulesTest {

    @Test
    void everyRuleIdOfTheDomainPrimerExistsOnce() {
        assertEquals(List.of("spof.load-balancer", "spof.server", "spof.component", "spof.database-writer",
                "https.missing", "https.no-redirect", "https.plaintext-behind-tls", "firewall.missing",
                "firewall.database-exposed", "firewall.allows-all", "replication.no-replica", "replication.same-host",
                "replication.no-source", "replication.write-to-replica", "monitoring.missing",
                "monitoring.agent-unconnected", "lb.single-backend", "lb.no-health-check", "lb.no-standby",
                "hygiene.no-entry", "hygiene.unreachable", "hygiene.duplicate-address",
                "hygiene.no-writable-database", "spof.network", "network.single-uplink", "network.unattached",
                "network.pair-same-switch", "network.no-path", "network.same-provider",
                "availability.below-target"), Rules.all().stream().map(AuditRule::id).toList());
    }

    @Test
    void theFileFormatKnowsExactlyTheseRuleIds() {
        assertEquals(dev.infradesigner.model.RuleIds.ALL, Rules.all().stream().map(AuditRule::id).toList());
    }
}
