package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code hygiene.unreachable}: a component on the request path (a load balancer, web server, application
 * server or database: each kind says, {@link dev.infradesigner.model.ComponentKind#onRequestPath}) that no
 * user traffic reaches. Monitoring, firewalls, code and servers are not on the request path, so they are not
 * expected to be reached; replication does not count as user traffic.
 */
public final class UnreachableRule implements AuditRule {

    @Override
    public String id() {
        return "hygiene.unreachable";
    }

    @Override
    public String title() {
        return "Unreachable component";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        if (Entry.links(context).isEmpty()) {
            return;
        }
        TrafficGraph graph = context.traffic();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.kindOf(v).onRequestPath() && !graph.reached(v)) {
                Component c = graph.component(v);
                report.accept(finding(Severity.INFO, context.name(c) + " is not reached by any user traffic: it "
                        + "serves nobody as drawn.",
                        "Link it into the request path, or remove it if it is not needed (a replica kept only "
                        + "as a standby copy can stay).", List.of(c.id())));
            }
        }
    }
}
