package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.function.Consumer;

/** {@code replication.same-host}: a replica on the same server as its primary. */
public final class ReplicaSameHostRule implements AuditRule {

    @Override
    public String id() {
        return "replication.same-host";
    }

    @Override
    public String title() {
        return "Replica on its primary's server";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Replication replication = Replication.of(context);
        for (int r : replication.replicas()) {
            int host = replication.hostOf(r);
            for (int s : replication.sourcesOf(r)) {
                if (host >= 0 && host == replication.hostOf(s)) {
                    Component replica = replication.at(r);
                    Component source = replication.at(s);
                    Component server = replication.at(host);
                    report.accept(finding(Severity.WARNING, AuditContext.quote(replica) + " replicates "
                            + AuditContext.quote(source) + " on the same server, " + AuditContext.quote(server)
                            + ": when that server fails, both copies go with it.",
                            "Move the replica to another server (ideally in another rack or zone).",
                            List.of(replica.id(), source.id(), server.id())));
                }
            }
        }
    }
}
