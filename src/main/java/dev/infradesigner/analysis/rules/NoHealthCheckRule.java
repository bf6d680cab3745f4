package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.LoadBalancerSettings;
import java.util.List;
import java.util.function.Consumer;

/** {@code lb.no-health-check}: a load balancer that does not check its backends. */
public final class NoHealthCheckRule implements AuditRule {

    @Override
    public String id() {
        return "lb.no-health-check";
    }

    @Override
    public String title() {
        return "No health check";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (Component lb : context.design().componentsOf(ComponentKind.LOAD_BALANCER)) {
            if (!lb.settings(LoadBalancerSettings.class).healthCheck().enabled()) {
                report.accept(finding(Severity.WARNING, context.name(lb) + " does not health-check its backends: "
                        + "it keeps sending users to a backend that is down.",
                        "Turn on health checks (HAProxy: \"check\" on each server, with an HTTP check of a "
                        + "health path).", List.of(lb.id())));
            }
        }
    }
}
