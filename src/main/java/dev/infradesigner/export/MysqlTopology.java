package dev.infradesigner.export;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The databases as MySQL sees them: each one's engine, which source each replica follows, and for each
 * primary its replication group (itself and every replica that copies it, directly or through another
 * replica) with the accounts the group needs. Built once per export; refuses what no file can serve.
 */
final class MysqlTopology {

    /** An application server's account on a group: where it connects from, and whether it writes. */
    record AppAccount(String host, boolean writes, List<Component> apps) {
    }

    private final Design design;
    private final Map<String, MysqlDialect> dialects = new HashMap<>();
    private final Map<String, List<Component>> replicasOf = new HashMap<>();

    private MysqlTopology(Design design) {
        this.design = design;
    }

    /**
     * @throws ExportRefusedException when a database's engine is neither MySQL nor MariaDB, a server hosts
     *                                two databases, or a replica's engine is not its source's
     */
    static MysqlTopology of(Design design) {
        MysqlTopology t = new MysqlTopology(design);
        List<String> problems = new ArrayList<>();
        Map<String, Component> databaseOnServer = new HashMap<>();
        for (Component db : design.componentsOf(ComponentKind.DATABASE)) {
            Optional<MysqlDialect> dialect = MysqlDialect.of(db);
            if (dialect.isEmpty()) {
                problems.add(describe(db) + " has the engine \"" + ConfigText.comment(db.settings(
                        DatabaseSettings.class).engine()) + "\", which the MySQL export does not write: set it to mysql"
                        + " (MySQL 8.0.23 or later) or mariadb (MariaDB 10.6 or later), or leave mysql out of the export.");
            } else {
                t.dialects.put(db.id(), dialect.get());
            }
            Optional<Component> server = design.hostOf(db);
            if (server.isPresent()) {
                Component other = databaseOnServer.putIfAbsent(server.get().id(), db);
                if (other != null) {
                    problems.add("Server \"" + ConfigText.comment(server.get().label()) + "\" ("
                            + server.get().settings(ServerSettings.class).hostname() + ") hosts two databases, "
                            + describe(other) + " and " + describe(db) + ": the export writes one database server per"
                            + " host (one settings file, port and data directory); move " + describe(db)
                            + " to a server of its own.");
                }
            }
        }
        for (Component db : design.componentsOf(ComponentKind.DATABASE)) {
            ReplicationSources.sourceOf(design, db).ifPresent(source -> {
                t.replicasOf.computeIfAbsent(source.id(), k -> new ArrayList<>()).add(db);
                MysqlDialect mine = t.dialects.get(db.id());
                MysqlDialect theirs = t.dialects.get(source.id());
                if (mine != null && theirs != null && mine.getClass() != theirs.getClass()) {
                    problems.add(describe(db) + " (" + mine.versions() + ") replicates from " + describe(source)
                            + " (" + theirs.versions() + "): give both the same engine.");
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ExportRefusedException(String.join(" ", problems));
        }
        return t;
    }

    MysqlDialect dialect(Component db) {
        return dialects.get(db.id());
    }

    /** The replicas that follow {@code db} directly. */
    List<Component> replicasOf(Component db) {
        return replicasOf.getOrDefault(db.id(), List.of());
    }

    /** Whether {@code db} takes part in replication, so its connections to or from a peer use TLS. */
    boolean replicates(Component db) {
        return !replicasOf(db).isEmpty() || ReplicationSources.sourceOf(design, db).isPresent();
    }

    /** Whether {@code db} is a primary: it gets the accounts file of its group. */
    static boolean isPrimary(Component db) {
        return db.settings(DatabaseSettings.class).role() == DatabaseRole.PRIMARY;
    }

    /** Every replica below {@code primary}, nearest first; accounts made on the primary reach them all. */
    List<Component> groupReplicas(Component primary) {
        List<Component> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(primary.id()));
        Deque<Component> queue = new ArrayDeque<>(List.of(primary));
        while (!queue.isEmpty()) {
            for (Component replica : replicasOf(queue.poll())) {
                if (seen.add(replica.id())) {
                    out.add(replica);
                    queue.add(replica);
                }
            }
        }
        return out;
    }

    /**
     * One account per address that application servers reach the group from, writing when any of their
     * links into the group reads and writes.
     */
    List<AppAccount> appAccounts(Component primary) {
        List<Component> group = new ArrayList<>(List.of(primary));
        group.addAll(groupReplicas(primary));
        Map<String, Boolean> writes = new LinkedHashMap<>();
        Map<String, Set<Component>> apps = new LinkedHashMap<>();
        // Only the links into the group, so a design of thousands of primaries stays linear.
        for (Component member : group) {
            for (Link link : design.linksTo(member.id())) {
                Component app = design.component(link.from()).orElseThrow();
                if (link.protocol() != Protocol.MYSQL || app.kind() != ComponentKind.APP_SERVER) {
                    continue;
                }
                String host = hostAddress(app);
                writes.merge(host, link.access() == Access.READ_WRITE, Boolean::logicalOr);
                apps.computeIfAbsent(host, k -> new LinkedHashSet<>()).add(app);
            }
        }
        List<AppAccount> out = new ArrayList<>();
        writes.forEach((host, w) -> out.add(new AppAccount(host, w, List.copyOf(apps.get(host)))));
        return out;
    }

    /** The address an account allows: the component's server's, or any ({@code %}) for one on no server. */
    String hostAddress(Component c) {
        return design.hostOf(c).map(h -> h.settings(ServerSettings.class).ipAddress()).orElse("%");
    }

    static String describe(Component c) {
        return c.kind().displayName() + " \"" + ConfigText.comment(c.label()) + "\" (" + c.id() + ")";
    }
}
