package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditRule;
import java.util.List;
import java.util.Optional;

/** Every audit rule, in the order of the domain primer's table. */
public final class Rules {

    private static final List<AuditRule> ALL = List.of(
            new LoneLoadBalancerRule(),
            new ServerSpofRule(),
            new ComponentSpofRule(),
            new DatabaseWriterRule(),
            new HttpsMissingRule(),
            new HttpsNoRedirectRule(),
            new PlaintextBehindTlsRule(),
            new FirewallMissingRule(),
            new DatabaseExposedRule(),
            new FirewallAllowsAllRule(),
            new NoReplicaRule(),
            new ReplicaSameHostRule(),
            new ReplicaNoSourceRule(),
            new WriteToReplicaRule(),
            new MonitoringMissingRule(),
            new AgentUnconnectedRule(),
            new SingleBackendRule(),
            new NoHealthCheckRule(),
            new NoStandbyRule(),
            new NoEntryRule(),
            new UnreachableRule(),
            new DuplicateAddressRule(),
            new NoWritableDatabaseRule(),
            new NetworkSpofRule(),
            new SingleUplinkRule(),
            new UnattachedRule(),
            new PairSameSwitchRule(),
            new NoPathRule(),
            new SameProviderRule(),
            new BelowTargetRule());

    private Rules() {
    }

    public static List<AuditRule> all() {
        return ALL;
    }

    public static Optional<AuditRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
