package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/** {@code lb.single-backend}: a load balancer with fewer than two backends. */
public final class SingleBackendRule implements AuditRule {

    @Override
    public String id() {
        return "lb.single-backend";
    }

    @Override
    public String title() {
        return "Load balancer with one backend";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (Component lb : context.design().componentsOf(ComponentKind.LOAD_BALANCER)) {
            int backends = context.traffic().distinctSuccessors(context.traffic().indexOf(lb.id()));
            if (backends < 2) {
                report.accept(finding(Severity.WARNING, context.name(lb) + " has " + (backends == 0 ? "no backend"
                        : "a single backend") + ": it balances nothing, and its backend's loss is an outage.",
                        "Link it to at least two backends (web servers on different servers).", List.of(lb.id())));
            }
        }
    }
}
