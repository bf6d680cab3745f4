package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

/** {@code spof.database-writer}: only one node accepts writes, with no standby primary. */
public final class DatabaseWriterRule implements AuditRule {

    @Override
    public String id() {
        return "spof.database-writer";
    }

    @Override
    public String title() {
        return "Single writable database";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Optional<Component> writer = context.failures().soleMember(Tier.DATABASE_WRITES);
        if (writer.isEmpty()) {
            return;
        }
        Component primary = writer.get();
        report.accept(finding(Severity.WARNING, context.name(primary) + " is the only database that accepts "
                + "writes: if it fails, the application can still read from replicas but cannot write until a "
                + "replica is promoted.",
                "Keep a standby primary (for example a replica ready for automatic promotion with Orchestrator "
                + "or MySQL Group Replication), or accept and document the manual failover.",
                List.of(primary.id())));
    }
}
