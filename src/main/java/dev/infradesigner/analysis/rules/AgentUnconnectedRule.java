package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.function.Consumer;

/** {@code monitoring.agent-unconnected}: an agent that reports to no monitoring service. */
public final class AgentUnconnectedRule implements AuditRule {

    @Override
    public String id() {
        return "monitoring.agent-unconnected";
    }

    @Override
    public String title() {
        return "Agent reports nowhere";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (Component agent : context.design().componentsOf(ComponentKind.MONITORING_AGENT)) {
            boolean reports = context.linksFrom(agent.id()).stream().anyMatch(l ->
                    l.protocol() == Protocol.MONITORING
                    && context.component(l.to()).kind() == ComponentKind.MONITORING_SERVICE);
            if (!reports) {
                report.accept(finding(Severity.WARNING, context.name(agent) + " reports to no monitoring service: "
                        + "its metrics and logs go nowhere.",
                        "Draw a monitoring link from the agent to the monitoring service that collects it.",
                        List.of(agent.id())));
            }
        }
    }
}
