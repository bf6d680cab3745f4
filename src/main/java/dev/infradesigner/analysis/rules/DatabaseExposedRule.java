package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/** {@code firewall.database-exposed}: users reach a database without passing the application tier. */
public final class DatabaseExposedRule implements AuditRule {

    @Override
    public String id() {
        return "firewall.database-exposed";
    }

    @Override
    public String title() {
        return "Database exposed";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        TrafficGraph graph = context.traffic();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.kindOf(v) == ComponentKind.DATABASE && graph.reachedAvoiding(v, ComponentKind.APP_SERVER)) {
                Component db = graph.component(v);
                report.accept(finding(Severity.ERROR, context.name(db) + " can be reached from the internet "
                        + "without going through an application server: anyone can try its passwords and exploits.",
                        "Let only the application servers reach the database: remove the direct path, and allow "
                        + "its port only from the application servers' addresses.", List.of(db.id())));
            }
        }
    }
}
