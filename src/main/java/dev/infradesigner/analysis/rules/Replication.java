package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Protocol;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who replicates from whom: a replica's source setting, or a replication link drawn between databases. */
final class Replication {

    private Replication() {
    }

    static boolean isRole(Component c, DatabaseRole role) {
        return c.kind() == ComponentKind.DATABASE && c.settings(DatabaseSettings.class).role() == role;
    }

    /** The sources {@code replica} copies. */
    static Collection<Component> sourcesOf(AuditContext context, Component replica) {
        Map<String, Component> sources = new LinkedHashMap<>();
        String configured = replica.settings(DatabaseSettings.class).replicationSource();
        if (configured != null) {
            sources.put(configured, context.component(configured));
        }
        context.linksTo(replica.id()).stream().filter(l -> l.protocol() == Protocol.REPLICATION)
                .map(l -> context.component(l.from()))
                .filter(c -> c.kind() == ComponentKind.DATABASE)
                .forEach(c -> sources.putIfAbsent(c.id(), c));
        return sources.values();
    }

    static List<Component> replicas(AuditContext context) {
        return context.design().componentsOf(ComponentKind.DATABASE).stream()
                .filter(c -> isRole(c, DatabaseRole.REPLICA)).toList();
    }
}
