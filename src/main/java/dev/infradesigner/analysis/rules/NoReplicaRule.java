package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseRole;
import java.util.List;
import java.util.function.Consumer;

/** {@code replication.no-replica}: a primary with no replica. */
public final class NoReplicaRule implements AuditRule {

    @Override
    public String id() {
        return "replication.no-replica";
    }

    @Override
    public String title() {
        return "Primary without replica";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Replication replication = Replication.of(context);
        boolean[] copied = new boolean[context.design().components().size()];
        for (int replica : replication.replicas()) {
            for (int source : replication.sourcesOf(replica)) {
                copied[source] = true;
            }
        }
        for (int i = 0; i < copied.length; i++) {
            if (replication.roleAt(i) == DatabaseRole.PRIMARY && !copied[i]) {
                Component db = replication.at(i);
                report.accept(finding(Severity.WARNING, context.name(db) + " has no replica: its data exists in "
                        + "one place, and every read goes to it.",
                        "Add a replica on another server that replicates from it; it keeps a live copy, can serve "
                        + "reads and can be promoted if the primary fails.", List.of(db.id())));
            }
        }
    }
}
