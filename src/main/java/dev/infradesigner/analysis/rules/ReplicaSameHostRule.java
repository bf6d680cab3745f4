package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import java.util.ArrayList;
import java.util.List;

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
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Component replica : Replication.replicas(context)) {
            for (Component source : Replication.sourcesOf(context, replica)) {
                if (replica.hostId() != null && replica.hostId().equals(source.hostId())) {
                    Component server = context.component(replica.hostId());
                    findings.add(finding(Severity.WARNING, AuditContext.quote(replica) + " replicates "
                            + AuditContext.quote(source) + " on the same server, " + AuditContext.quote(server)
                            + ": when that server fails, both copies go with it.",
                            "Move the replica to another server (ideally in another rack or zone).",
                            List.of(replica.id(), source.id(), server.id())));
                }
            }
        }
        return findings;
    }
}
