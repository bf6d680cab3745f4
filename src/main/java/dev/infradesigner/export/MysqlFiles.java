package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerSettings;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of the three MySQL files: a database's settings, a primary's accounts and a replica's start of
 * replication. Only validated addresses, ports and safe names reach a statement; labels stay in comments.
 */
final class MysqlFiles {

    private final Design design;
    private final MysqlTopology topology;

    MysqlFiles(Design design, MysqlTopology topology) {
        this.design = design;
        this.topology = topology;
    }

    String settings(Component db, int serverId, ExportMode mode) {
        MysqlDialect dialect = topology.dialect(db);
        DatabaseSettings s = db.settings(DatabaseSettings.class);
        String bind = design.hostOf(db).map(h -> h.settings(ServerSettings.class).ipAddress()).orElse("0.0.0.0");
        StringBuilder out = new StringBuilder(ConfigText.header("#", design, db))
                .append("# ").append(dialect.versions()).append(".\n");
        if (mode == ExportMode.FULL) {
            out.append("# Install as ").append(dialect.installPath()).append(".\n").append(dialect.installNote());
        }
        out.append("\n[mysqld]\n")
                .append("server-id = ").append(serverId).append('\n')
                .append("bind-address = ").append(bind).append('\n')
                .append("port = ").append(s.port()).append('\n')
                .append("# Accounts name addresses, not host names: no reverse lookup on each connection.\n")
                .append("skip-name-resolve\n")
                .append("log_bin = mysql-bin\n")
                .append("binlog_format = ROW\n")
                .append("relay_log = mysql-relay-bin\n")
                .append(dialect.engineSettings(s.role() == dev.infradesigner.model.DatabaseRole.REPLICA));
        if (topology.replicates(db)) {
            String host = design.hostOf(db).map(h -> h.settings(ServerSettings.class).hostname() + ", "
                    + h.settings(ServerSettings.class).ipAddress()).orElse("its address");
            out.append("# Replication runs over TLS, and replicas check the source's certificate: put the CA, this\n")
                    .append("# server's certificate (for ").append(host).append(") and its key here, readable by the\n")
                    .append("# mysql user.\n")
                    .append("ssl_ca = ").append(MysqlExporter.TLS_CA).append('\n')
                    .append("ssl_cert = ").append(MysqlExporter.TLS_CERT).append('\n')
                    .append("ssl_key = ").append(MysqlExporter.TLS_KEY).append('\n');
        }
        return out.toString();
    }

    String accounts(Component primary, String replicationFileHint) {
        List<Component> replicas = topology.groupReplicas(primary);
        StringBuilder out = new StringBuilder(ConfigText.header("--", design, primary))
                .append("-- Run on this primary as root (mariadb or mysql < this file); safe to run again. What it creates\n")
                .append("-- replicates to ").append(replicas.isEmpty() ? "replicas added later"
                        : "its replicas (" + replicas.stream().map(this::where).collect(Collectors.joining(", ")) + ")")
                .append(", so run it there only if one becomes a primary.\n")
                .append("-- Passwords are not in a design: replace ").append(MysqlExporter.REPLICATION_PASSWORD)
                .append(" (also in").append(replicationFileHint).append(")\n")
                .append("-- and ").append(MysqlExporter.APP_PASSWORD).append(" (also in the application's settings).\n")
                .append("\n-- The application's database. For another name, rename ").append(MysqlExporter.APP_DATABASE)
                .append(" here and in the grants below.\n")
                .append("CREATE DATABASE IF NOT EXISTS ").append(MysqlExporter.APP_DATABASE).append(";\n");
        for (Component replica : replicas) {
            String account = "'replication'@'" + topology.hostAddress(replica) + "'";
            out.append("\n-- ").append(MysqlTopology.describe(replica)).append(" connects with this account, from its")
                    .append(" address only, over TLS only.\n");
            user(out, account, MysqlExporter.REPLICATION_PASSWORD, "REQUIRE SSL");
            out.append("GRANT REPLICATION SLAVE ON *.* TO ").append(account).append(";\n");
        }
        for (MysqlTopology.AppAccount app : topology.appAccounts(primary)) {
            String account = "'app'@'" + app.host() + "'";
            out.append("\n-- ").append(app.apps().stream().map(MysqlTopology::describe).collect(Collectors.joining(", ")))
                    .append(app.writes() ? ": reads and writes" : ": reads only").append(
                            app.host().equals("%") ? " (on no server, so from any address: put it on one)" : "")
                    .append(". On a replica read_only refuses its writes.\n");
            user(out, account, MysqlExporter.APP_PASSWORD, "REQUIRE NONE");
            out.append("GRANT ").append(app.writes() ? "SELECT, INSERT, UPDATE, DELETE" : "SELECT").append(" ON ")
                    .append(MysqlExporter.APP_DATABASE).append(".* TO ").append(account).append(";\n");
        }
        return out.toString();
    }

    /** Creates the account or brings it to what the design says, with exactly the grants that follow. */
    private static void user(StringBuilder out, String account, String password, String tls) {
        out.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password)
                .append("' ").append(tls).append(";\n")
                .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("' ")
                .append(tls).append(";\n")
                .append("REVOKE ALL PRIVILEGES, GRANT OPTION FROM ").append(account).append(";\n");
    }

    String startReplication(Component replica, Component source, String accountsFile) {
        MysqlDialect dialect = topology.dialect(replica);
        String host = ConfigText.addressOf(design, source);
        return ConfigText.header("--", design, replica)
                + "-- Run on this replica as root (mariadb or mysql < this file), after " + accountsFile
                + "\n-- ran on the primary; safe to run again. It follows " + MysqlTopology.describe(source)
                + " at " + host + " over TLS,\n-- checking the source's certificate (issued for " + host
                + ") against " + MysqlExporter.TLS_CA + ".\n"
                + dialect.seedInstructions()
                + dialect.startReplication(new MysqlDialect.ReplicationTarget(host,
                        source.settings(DatabaseSettings.class).port(), "replication",
                        MysqlExporter.REPLICATION_PASSWORD, MysqlExporter.TLS_CA, MysqlExporter.CONNECT_RETRY_SECONDS));
    }

    private String where(Component db) {
        return design.hostOf(db).map(h -> h.settings(ServerSettings.class).hostname())
                .orElse(ConfigText.name(db.label(), db.id()));
    }
}
