package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL settings per database ({@code server-id} unique across the design, binary and relay logs, GTID,
 * {@code read_only} and {@code super_read_only} on replicas) and, for each replica, the statements that
 * start replication from its source with GTID auto-positioning.
 */
public final class MysqlExporter implements Exporter {

    /** The one placeholder for the replication password, which a design never holds. */
    static final String PASSWORD = "CHANGE_ME";

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String displayName() {
        return "MySQL replication";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames names = new UniqueNames();
        int serverId = 0;
        for (Component db : design.componentsOf(ComponentKind.DATABASE)) {
            serverId++;
            DatabaseSettings s = db.settings(DatabaseSettings.class);
            String folder = ConfigText.folderOf(design, db) + "/mysql/";
            String name = names.next(db.label(), db.id());
            String bind = design.hostOf(db).map(h -> h.settings(ServerSettings.class).ipAddress()).orElse("0.0.0.0");
            StringBuilder cnf = new StringBuilder(ConfigText.header("#", design, db))
                    .append("\n[mysqld]\n")
                    .append("server-id = ").append(serverId).append('\n')
                    .append("bind-address = ").append(bind).append('\n')
                    .append("port = ").append(s.port()).append('\n')
                    .append("log_bin = mysql-bin\n")
                    .append("binlog_format = ROW\n")
                    .append("relay_log = mysql-relay-bin\n")
                    .append("gtid_mode = ON\n")
                    .append("enforce_gtid_consistency = ON\n");
            if (s.role() == DatabaseRole.REPLICA) {
                cnf.append("read_only = ON\nsuper_read_only = ON\n");
            }
            files.add(new ExportedFile(folder + name + ".cnf", cnf.toString(), List.of(db.id()),
                    "/etc/mysql/mariadb.conf.d/60-infra-designer.cnf"));
            if (s.role() == DatabaseRole.REPLICA) {
                sourceOf(design, db).ifPresent(source -> files.add(new ExportedFile(folder + name
                        + "-start-replication.sql", replication(design, db, source), List.of(db.id(), source.id()))));
            }
        }
        return files;
    }

    private static Optional<Component> sourceOf(Design design, Component replica) {
        String configured = replica.settings(DatabaseSettings.class).replicationSource();
        if (configured != null) {
            return design.component(configured);
        }
        return design.linksTo(replica.id()).stream().filter(l -> l.protocol() == Protocol.REPLICATION)
                .map(Link::from).map(id -> design.component(id).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.DATABASE).findFirst();
    }

    private static String replication(Design design, Component replica, Component source) {
        String host = ConfigText.addressOf(design, source);
        // The replication account may log in only from the replica's address, and only over TLS: MySQL 8's
        // default caching_sha2_password refuses a plain-text replication connection anyway.
        String replicaHost = design.hostOf(replica).map(h -> h.settings(ServerSettings.class).ipAddress())
                .orElse("%");
        int port = source.settings(DatabaseSettings.class).port();
        return ConfigText.header("--", design, replica)
                + "-- 1. On the source, create the account the replica connects with:\n"
                + "--      CREATE USER 'replication'@'" + replicaHost + "' IDENTIFIED BY '" + PASSWORD
                + "' REQUIRE SSL;\n"
                + "--      GRANT REPLICATION SLAVE ON *.* TO 'replication'@'" + replicaHost + "';\n"
                + "-- 2. Copy the source's data (GTIDs included) and load it on the replica with super_read_only\n"
                + "--    off (SET GLOBAL super_read_only = OFF; turn it back ON afterwards):\n"
                + "--      mysqldump --single-transaction --set-gtid-purged=ON --all-databases --routines --events"
                + " --triggers\n"
                + "-- 3. Run this file on the replica, with the password you chose in step 1.\n"
                + "CHANGE REPLICATION SOURCE TO\n"
                + "  SOURCE_HOST = '" + host + "',\n"
                + (port == 3306 ? "" : "  SOURCE_PORT = " + port + ",\n")
                + "  SOURCE_USER = 'replication',\n"
                + "  SOURCE_PASSWORD = '" + PASSWORD + "',\n"
                + "  SOURCE_SSL = 1,\n"
                + "  SOURCE_AUTO_POSITION = 1;\n"
                + "START REPLICA;\n";
    }
}
