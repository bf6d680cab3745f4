package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.Collection;
import java.util.HashMap;
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
        return context.shared(Replication.class, Replication::allSources).getOrDefault(replica.id(), List.of());
    }

    /** Every database's sources, by its id, found in one pass over the databases and replication links. */
    private static Map<String, Collection<Component>> allSources(AuditContext context) {
        Map<String, Map<String, Component>> sources = new HashMap<>();
        for (Component db : context.design().componentsOf(ComponentKind.DATABASE)) {
            String configured = db.settings(DatabaseSettings.class).replicationSource();
            if (configured != null) {
                sources.computeIfAbsent(db.id(), k -> new LinkedHashMap<>()).put(configured,
                        context.component(configured));
            }
        }
        List<Link> links = context.design().links();
        for (int e = 0; e < links.size(); e++) {
            if (links.get(e).protocol() == Protocol.REPLICATION) {
                Component from = context.design().components().get(context.design().linkSourceIndex(e));
                Component to = context.design().components().get(context.design().linkTargetIndex(e));
                if (from.kind() == ComponentKind.DATABASE && to.kind() == ComponentKind.DATABASE) {
                    sources.computeIfAbsent(to.id(), k -> new LinkedHashMap<>()).putIfAbsent(from.id(), from);
                }
            }
        }
        Map<String, Collection<Component>> out = new HashMap<>();
        sources.forEach((id, byId) -> out.put(id, List.copyOf(byId.values())));
        return out;
    }

    static List<Component> replicas(AuditContext context) {
        return context.shared(DatabaseRole.REPLICA, c -> c.design().componentsOf(ComponentKind.DATABASE).stream()
                .filter(db -> isRole(db, DatabaseRole.REPLICA)).toList());
    }
}
