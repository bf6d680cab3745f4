package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.DesignIndex;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.function.Consumer;

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
    public void check(AuditContext context, Consumer<Finding> report) {
        Replication replication = Replication.of(context);
        DesignIndex index = context.index();
        for (int e = 0; e < index.design().links().size(); e++) {
            Link link = index.link(e);
            int from = index.from(e);
            int to = index.to(e);
            if (link.protocol() != Protocol.MYSQL || index.component(from).kind() != ComponentKind.APP_SERVER
                    || replication.roleAt(to) != DatabaseRole.REPLICA || link.access() != Access.READ_WRITE) {
                continue;
            }
            Component app = replication.at(from);
            Component replica = replication.at(to);
            report.accept(finding(Severity.ERROR, AuditContext.quote(app) + " writes to the replica "
                    + AuditContext.quote(replica) + ": a replica is read-only, so the writes fail (or, if it is "
                    + "not read-only, they diverge from the primary and are lost).",
                    "Send writes to the primary and mark this link read-only.", List.of(app.id(), replica.id())));
        }
    }
}
