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
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;

/** {@code spof.server}: losing one server cuts users off a tier, and no named case explains it. */
public final class ServerSpofRule implements AuditRule {

    @Override
    public String id() {
        return "spof.server";
    }

    @Override
    public String title() {
        return "Single server";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (FailureAnalysis.Domain domain : context.failures().singlePointsOfFailure()) {
            Component server = domain.component();
            if (server.kind() != ComponentKind.SERVER) {
                continue;
            }
            Set<Tier> lost = SpofWording.unexplained(context, domain);
            if (lost.isEmpty()) {
                continue;
            }
            List<Component> hosted = context.design().hostedOn(server.id());
            List<String> ids = new ArrayList<>(List.of(server.id()));
            hosted.forEach(c -> ids.add(c.id()));
            report.accept(finding(Severity.ERROR, "If " + AuditContext.quote(server) + " fails, users cannot reach "
                    + SpofWording.tiers(lost) + (hosted.isEmpty() ? "." : ": it hosts " + context.names(hosted)
                    + ", and nothing else serves " + (lost.size() == 1 ? "that tier." : "those tiers.")),
                    "Run each of these tiers on at least two servers (for example a second server with the same "
                    + "components behind the load balancer), so one machine's loss leaves a copy running.", ids));
        }
    }
}
