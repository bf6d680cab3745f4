package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Redundancy;
import java.util.ArrayList;
import java.util.List;

/** {@code lb.no-standby}: an active-passive load balancer with no standby backend. */
public final class NoStandbyRule implements AuditRule {

    @Override
    public String id() {
        return "lb.no-standby";
    }

    @Override
    public String title() {
        return "Active-passive without standby";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Component lb : context.design().componentsOf(ComponentKind.LOAD_BALANCER)) {
            if (lb.settings(LoadBalancerSettings.class).redundancy() != Redundancy.ACTIVE_PASSIVE) {
                continue;
            }
            if (context.linksFrom(lb.id()).stream().noneMatch(Link::standby)) {
                findings.add(finding(Severity.WARNING, context.name(lb) + " is active-passive but none of its "
                        + "backends is a standby: nothing takes over when the active one fails.",
                        "Mark one backend link as standby (HAProxy \"backup\"), or make the load balancer "
                        + "active-active.", List.of(lb.id())));
            }
        }
        return findings;
    }
}
