package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Protocol;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who replicates from whom: a replica's source setting, or a replication link drawn between databases. */
final class Replication {

    private Replication() {
    }

    static boolean isRole(Component c, DatabaseRole role) {
        return c.kind() == ComponentKind.DATABASE && c.settings(DatabaseSettings.class).role() == role;
    }

    /** The sources {@code replica} copies. */
    static Set<Component> sourcesOf(AuditContext context, Component replica) {
        Set<Component> sources = new LinkedHashSet<>();
        String configured = replica.settings(DatabaseSettings.class).replicationSource();
        if (configured != null) {
            sources.add(context.component(configured));
        }
        context.linksTo(replica.id()).stream().filter(l -> l.protocol() == Protocol.REPLICATION)
                .map(l -> context.component(l.from()))
                .filter(c -> c.kind() == ComponentKind.DATABASE)
                .forEach(sources::add);
        return sources;
    }

    static List<Component> replicas(AuditContext context) {
        return context.design().componentsOf(ComponentKind.DATABASE).stream()
                .filter(c -> isRole(c, DatabaseRole.REPLICA)).toList();
    }
}
