package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code hygiene.no-writable-database}: an application links to databases with read access only, so
 * nothing it links to takes its writes. Usually a link drawn to a replica (which proposes read access) with
 * the one to the primary forgotten; the audit's tiers then have no database writes to protect, so nothing
 * else would say so. An application that really only reads can suppress it with that reason.
 */
public final class NoWritableDatabaseRule implements AuditRule {

    @Override
    public String id() {
        return "hygiene.no-writable-database";
    }

    @Override
    public String title() {
        return "Nothing writable";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Design design = context.design();
        for (Component app : design.componentsOf(ComponentKind.APP_SERVER)) {
            List<Component> read = new ArrayList<>();
            boolean writes = false;
            for (var l : design.linksFrom(app.id())) {
                Component to = context.component(l.to());
                if (l.protocol() != Protocol.MYSQL || to.kind() != ComponentKind.DATABASE) {
                    continue;
                }
                writes |= l.access() == Access.READ_WRITE;
                if (!read.contains(to)) {
                    read.add(to);
                }
            }
            if (!writes && !read.isEmpty()) {
                report.accept(finding(Severity.WARNING, context.name(app) + " links to " + context.names(read)
                        + " with read access only: nothing it links to takes its writes, so sign-ups, orders and "
                        + "edits have nowhere to go.",
                        "Link it read-write to the primary it writes to; if it only ever reads, suppress this finding "
                        + "with that reason.", List.of(app.id())));
            }
        }
    }
}
