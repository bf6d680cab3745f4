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
import java.util.List;
import java.util.function.Consumer;

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
    public void check(AuditContext context, Consumer<Finding> report) {
        for (Component lb : context.design().componentsOf(ComponentKind.LOAD_BALANCER)) {
            if (lb.settings(LoadBalancerSettings.class).redundancy() != Redundancy.ACTIVE_PASSIVE) {
                continue;
            }
            if (context.linksFrom(lb.id()).stream().noneMatch(Link::standby)) {
                report.accept(finding(Severity.WARNING, context.name(lb) + " is active-passive but none of its "
                        + "backends is a standby: nothing takes over when the active one fails.",
                        "Mark one backend link as standby (HAProxy \"backup\"), or make the load balancer "
                        + "active-active.", List.of(lb.id())));
            }
        }
    }
}
