package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL or MariaDB replication, in the dialect each database's engine names ({@link MysqlDialect}): per
 * database its settings ({@code server-id} unique across the design, binary and relay logs, GTID, read-only
 * replicas, TLS where it replicates); per primary the accounts its group needs (a replication account per
 * replica, one per application server, the application's database); per replica the statements that start
 * it. Every SQL file can be run again. A design holds no passwords: the files use the placeholders below.
 */
public final class MysqlExporter implements Exporter {

    /** The replication account's password placeholder, in a primary's accounts and its replicas' files. */
    public static final String REPLICATION_PASSWORD = "CHANGE_ME_REPLICATION";

    /** The application accounts' password placeholder. */
    public static final String APP_PASSWORD = "CHANGE_ME_APP";

    /** The application's database, which a design does not name. */
    public static final String APP_DATABASE = "app";

    /** The TLS files every replicating server's settings name: the CA, its certificate and its key. */
    public static final String TLS_CA = "/etc/mysql/tls/ca.pem";
    public static final String TLS_CERT = "/etc/mysql/tls/server.pem";
    public static final String TLS_KEY = "/etc/mysql/tls/server-key.pem";

    /** How soon a replica tries its source again after losing it. */
    public static final int CONNECT_RETRY_SECONDS = 5;

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String displayName() {
        return "MySQL / MariaDB replication";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<Component> databases = design.componentsOf(ComponentKind.DATABASE);
        if (databases.isEmpty()) {
            return List.of();
        }
        MysqlTopology topology = MysqlTopology.of(design);
        MysqlFiles text = new MysqlFiles(design, topology);
        UniqueNames names = new UniqueNames();
        Map<String, String> pathOf = new HashMap<>();
        for (Component db : databases) {
            pathOf.put(db.id(), ConfigText.folderOf(design, db) + "/mysql/" + names.next(db.label(), db.id()));
        }
        List<ExportedFile> files = new ArrayList<>();
        int serverId = 0;
        for (Component db : databases) {
            serverId++;
            String base = pathOf.get(db.id());
            files.add(new ExportedFile(base + ".cnf", text.settings(db, serverId, mode), List.of(db.id()),
                    mode == ExportMode.FULL ? topology.dialect(db).installPath() : null));
            if (MysqlTopology.isPrimary(db)) {
                List<String> ids = new ArrayList<>(List.of(db.id()));
                topology.groupReplicas(db).forEach(r -> ids.add(r.id()));
                topology.appAccounts(db).forEach(a -> a.apps().forEach(app -> ids.add(app.id())));
                String replicaFiles = topology.groupReplicas(db).isEmpty() ? " a replica's start-replication.sql"
                        : " " + String.join(", ", topology.groupReplicas(db).stream()
                                .map(r -> pathOf.get(r.id()) + "-start-replication.sql").toList());
                files.add(new ExportedFile(base + "-accounts.sql", text.accounts(db, replicaFiles),
                        ids.stream().distinct().toList()));
            }
            Optional<Component> source = ReplicationSources.sourceOf(design, db);
            if (source.isPresent()) {
                String accounts = primaryOf(design, topology, db).map(p -> pathOf.get(p.id()) + "-accounts.sql")
                        .orElse("the accounts file of its group's primary");
                files.add(new ExportedFile(base + "-start-replication.sql",
                        text.startReplication(db, source.get(), accounts), List.of(db.id(), source.get().id())));
            }
        }
        return files;
    }

    /** The primary whose accounts reach {@code replica}: the first one up its chain of sources. */
    private static Optional<Component> primaryOf(Design design, MysqlTopology topology, Component replica) {
        Component at = replica;
        for (int hops = 0; hops < design.components().size(); hops++) {
            Optional<Component> up = ReplicationSources.sourceOf(design, at);
            if (up.isEmpty()) {
                return Optional.empty();
            }
            at = up.get();
            if (MysqlTopology.isPrimary(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
