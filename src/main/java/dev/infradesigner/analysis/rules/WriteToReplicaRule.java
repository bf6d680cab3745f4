package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/** {@code replication.write-to-replica}: an application writes to a replica. */
public final class WriteToReplicaRule implements AuditRule {

    @Override
    public String id() {
        return "replication.write-to-replica";
    }

    @Override
    public String title() {
        return "Writes to a replica";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Link> links = context.design().links();
        for (int e = 0; e < links.size(); e++) {
            Link l = links.get(e);
            if (l.protocol() != Protocol.MYSQL || l.access() != Access.READ_WRITE) {
                continue;
            }
            Component from = context.design().components().get(context.design().linkSourceIndex(e));
            Component to = context.design().components().get(context.design().linkTargetIndex(e));
            if (from.kind() == ComponentKind.APP_SERVER && Replication.isRole(to, DatabaseRole.REPLICA)) {
                findings.add(finding(Severity.ERROR, AuditContext.quote(from) + " writes to the replica "
                        + AuditContext.quote(to) + ": a replica is read-only, so the writes fail (or, if it is "
                        + "not read-only, they diverge from the primary and are lost).",
                        "Send writes to the primary and mark this link read-only.", List.of(from.id(), to.id())));
            }
        }
        return findings;
    }
}
