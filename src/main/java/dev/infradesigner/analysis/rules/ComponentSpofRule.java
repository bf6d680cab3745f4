package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.FailureAnalysis;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;

/** {@code spof.component}: losing one component that no server hosts cuts users off a tier. */
public final class ComponentSpofRule implements AuditRule {

    @Override
    public String id() {
        return "spof.component";
    }

    @Override
    public String title() {
        return "Single component";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (FailureAnalysis.Domain domain : context.failures().singlePointsOfFailure()) {
            Component c = domain.component();
            if (c.kind() == ComponentKind.SERVER || c.kind().networkDevice()) {
                continue;
            }
            Set<Tier> lost = SpofWording.unexplained(context, domain);
            if (lost.isEmpty()) {
                continue;
            }
            report.accept(finding(Severity.ERROR, "If " + AuditContext.quote(c) + " (" + c.kind().displayName()
                    .toLowerCase() + ") fails, users cannot reach " + SpofWording.tiers(lost)
                    + ": every path to " + (lost.size() == 1 ? "it" : "them") + " goes through it.",
                    "Add a second " + c.kind().displayName().toLowerCase() + " beside it, reachable on its own "
                    + "path, so the service survives its loss.", List.of(c.id())));
        }
    }
}
