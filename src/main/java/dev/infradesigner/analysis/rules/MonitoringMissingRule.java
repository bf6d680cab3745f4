package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/** {@code monitoring.missing}: a server with no monitoring agent. */
public final class MonitoringMissingRule implements AuditRule {

    @Override
    public String id() {
        return "monitoring.missing";
    }

    @Override
    public String title() {
        return "No monitoring";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        TrafficGraph graph = context.traffic();
        boolean[] hasAgent = new boolean[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            if (graph.kindOf(v) == ComponentKind.MONITORING_AGENT && graph.domainOf(v) != v) {
                hasAgent[graph.domainOf(v)] = true;
            }
        }
        for (int v = 0; v < graph.size(); v++) {
            if (graph.kindOf(v) == ComponentKind.SERVER && !hasAgent[v]) {
                report.accept(finding(Severity.WARNING, "\"" + graph.component(v).label() + "\" has no monitoring agent: nobody learns that it is "
                        + "down, full or slow until users complain.",
                        "Add a monitoring agent (such as node_exporter) on it that reports to a monitoring service.",
                        List.of(graph.component(v).id())));
            }
        }
    }
}
