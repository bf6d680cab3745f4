package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.function.Consumer;

/** {@code replication.no-source}: a replica that copies nothing. */
public final class ReplicaNoSourceRule implements AuditRule {

    @Override
    public String id() {
        return "replication.no-source";
    }

    @Override
    public String title() {
        return "Replica without source";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Replication replication = Replication.of(context);
        for (int r : replication.replicas()) {
            if (replication.sourcesOf(r).length == 0) {
                Component replica = replication.at(r);
                report.accept(finding(Severity.ERROR, context.name(replica) + " is a replica with no replication "
                        + "source: it copies nothing, so whatever reads it gets stale or empty data.",
                        "Set its replication source to the primary (or draw a replication link from the primary "
                        + "to it).", List.of(replica.id())));
            }
        }
    }
}
