package dev.infradesigner.model;

import java.util.List;

/**
 * The ids of the audit rules. They belong to the file format as much as to the audit: a design's
 * suppressions name them, so a design that suppresses an unknown rule is invalid. The audit's rule set
 * is tested to be exactly this list.
 */
public final class RuleIds {

    /** Every rule id, in the order of the domain primer's table. */
    public static final List<String> ALL = List.of("spof.load-balancer", "spof.server", "spof.component",
            "spof.database-writer", "https.missing", "https.no-redirect", "https.plaintext-behind-tls",
            "firewall.missing", "firewall.database-exposed", "firewall.allows-all", "replication.no-replica",
            "replication.same-host", "replication.no-source", "replication.write-to-replica", "monitoring.missing",
            "monitoring.agent-unconnected", "lb.single-backend", "lb.no-health-check", "lb.no-standby",
            "hygiene.no-entry", "hygiene.unreachable", "hygiene.duplicate-address",
            "hygiene.no-writable-database", "spof.network", "network.single-uplink", "network.unattached",
            "network.pair-same-switch", "network.no-path", "network.same-provider",
            "availability.below-target");

    private RuleIds() {
    }
}
