package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.FailureAnalysis;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;

/** {@code spof.load-balancer}: users reach the service only through one load balancer. */
public final class LoneLoadBalancerRule implements AuditRule {

    @Override
    public String id() {
        return "spof.load-balancer";
    }

    @Override
    public String title() {
        return "Single load balancer";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Map<Component, Set<Tier>> lone = loneLoadBalancers(context);
        lone.forEach((lb, tiers) -> {
            List<String> ids = new ArrayList<>(List.of(lb.id()));
            context.design().hostOf(lb).ifPresent(host -> ids.add(host.id()));
            report.accept(finding(Severity.ERROR, "Users reach the service only through " + context.name(lb)
                    + ": if it fails, users cannot reach " + SpofWording.tiers(tiers) + ".",
                    "Add a second load balancer on another server and share a floating IP between the two "
                    + "with keepalived (VRRP), so users reach whichever is alive.", ids));
        });
    }

    /** Each load balancer that alone is on every path to some tier, with those tiers. */
    static Map<Component, Set<Tier>> loneLoadBalancers(AuditContext context) {
        Map<Component, Set<Tier>> lone = new LinkedHashMap<>();
        for (FailureAnalysis.Domain domain : context.failures().singlePointsOfFailure()) {
            for (Tier tier : domain.lostTiers()) {
                for (Component c : domain.dominatorsOf(tier)) {
                    if (c.kind() == ComponentKind.LOAD_BALANCER) {
                        lone.computeIfAbsent(c, k -> EnumSet.noneOf(Tier.class)).add(tier);
                    }
                }
            }
        }
        return lone;
    }
}
