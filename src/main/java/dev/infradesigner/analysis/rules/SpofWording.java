package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.FailureAnalysis;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What the single-point-of-failure rules share: naming lost tiers and deciding what a named case explains. */
final class SpofWording {

    private SpofWording() {
    }

    static String tiers(Set<Tier> tiers) {
        return AuditContext.joinWithAnd(tiers.stream().map(Tier::description).collect(Collectors.toList()));
    }

    /**
     * The tiers a domain's loss cuts that no named case explains: a load balancer in it that alone is on
     * every path explains those tiers; the only writable primary in it explains database writes.
     */
    static Set<Tier> unexplained(AuditContext context, FailureAnalysis.Domain domain) {
        Set<Tier> left = EnumSet.copyOf(domain.lostTiers());
        for (Tier tier : domain.lostTiers()) {
            if (domain.dominatorsOf(tier).stream().anyMatch(c -> c.kind() == ComponentKind.LOAD_BALANCER)) {
                left.remove(tier);
            }
        }
        String domainId = domain.component().id();
        context.failures().soleMember(Tier.DATABASE_WRITES).ifPresent(writer -> {
            if (writer.id().equals(domainId) || domainId.equals(writer.hostId())) {
                left.remove(Tier.DATABASE_WRITES);
            }
        });
        return left;
    }
}
