package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    public List<Finding> check(AuditContext context) {
        Set<String> copied = new HashSet<>();
        Replication.replicas(context).forEach(r -> Replication.sourcesOf(context, r).forEach(c -> copied.add(c.id())));
        List<Finding> findings = new ArrayList<>();
        for (Component db : context.design().componentsOf(ComponentKind.DATABASE)) {
            if (Replication.isRole(db, DatabaseRole.PRIMARY) && !copied.contains(db.id())) {
                findings.add(finding(Severity.WARNING, context.name(db) + " has no replica: its data exists in "
                        + "one place, and every read goes to it.",
                        "Add a replica on another server that replicates from it; it keeps a live copy, can serve "
                        + "reads and can be promoted if the primary fails.", List.of(db.id())));
            }
        }
        return findings;
    }
}
