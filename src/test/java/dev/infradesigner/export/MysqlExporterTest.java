package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The MySQL and MariaDB files, statement by statement. MariaDB's are also run for real by
 * {@link MariadbReplicationLiveTest}; MySQL 8 is not installed here, so its files are held to the statement
 * forms and option names of the MySQL 8.0 reference instead.
 */
class MysqlExporterTest {

    private static Design sample04() throws Exception {
        return DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
    }

    private static Design withEngine(Design design, String engine) {
        return design.withAll(design.componentsOf(ComponentKind.DATABASE).stream().map(db -> {
            DatabaseSettings s = db.settings(DatabaseSettings.class);
            return db.withSettings(new DatabaseSettings(engine, s.role(), s.replicationSource(), s.port()));
        }).toList());
    }

    private static Map<String, ExportedFile> files(Design design) {
        return new MysqlExporter().export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, Function.identity()));
    }

    /** The lines that are not comments or blank. */
    private static List<String> code(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("--")).toList();
    }

    /** The statements of an SQL file, each on one line. */
    private static List<String> statements(String sql) {
        return Arrays.stream(String.join(" ", code(sql)).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("\\s+", " ")).toList();
    }

    @Test
    void mariadbFilesForSample04() throws Exception {
        Map<String, ExportedFile> out = files(sample04());
        assertEquals(List.of("db-01/mysql/mysql-primary-accounts.sql", "db-01/mysql/mysql-primary.cnf",
                "db-02/mysql/mysql-replica-start-replication.sql", "db-02/mysql/mysql-replica.cnf"),
                out.keySet().stream().sorted().toList());
        ExportedFile primary = out.get("db-01/mysql/mysql-primary.cnf");
        assertEquals("/etc/mysql/mariadb.conf.d/60-infra-designer.cnf", primary.installPath());
        assertEquals(List.of("[mysqld]", "server-id = 1", "bind-address = 10.0.5.11", "port = 3306",
                "skip-name-resolve", "log_bin = mysql-bin", "binlog_format = ROW", "relay_log = mysql-relay-bin",
                "log_slave_updates = ON", "ssl_ca = /etc/mysql/tls/ca.pem", "ssl_cert = /etc/mysql/tls/server.pem",
                "ssl_key = /etc/mysql/tls/server-key.pem"), code(primary.content()));
        List<String> replica = code(out.get("db-02/mysql/mysql-replica.cnf").content());
        assertTrue(replica.contains("server-id = 2") && replica.contains("read_only = ON"), replica.toString());
        for (String setting : List.of("gtid_mode", "enforce_gtid_consistency", "super_read_only")) {
            assertTrue(replica.stream().noneMatch(l -> l.startsWith(setting)), "MariaDB refuses to start with "
                    + setting);
        }

        ExportedFile accounts = out.get("db-01/mysql/mysql-primary-accounts.sql");
        assertEquals(List.of("db-1", "db-2", "app-1", "app-2"), accounts.componentIds());
        assertNull(accounts.installPath());
        assertEquals(List.of("CREATE DATABASE IF NOT EXISTS app",
                "CREATE USER IF NOT EXISTS 'replication'@'10.0.5.12' IDENTIFIED BY 'CHANGE_ME_REPLICATION' REQUIRE SSL",
                "ALTER USER 'replication'@'10.0.5.12' IDENTIFIED BY 'CHANGE_ME_REPLICATION' REQUIRE SSL",
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'replication'@'10.0.5.12'",
                "GRANT REPLICATION SLAVE ON *.* TO 'replication'@'10.0.5.12'",
                "CREATE USER IF NOT EXISTS 'app'@'10.0.4.11' IDENTIFIED BY 'CHANGE_ME_APP' REQUIRE NONE",
                "ALTER USER 'app'@'10.0.4.11' IDENTIFIED BY 'CHANGE_ME_APP' REQUIRE NONE",
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'app'@'10.0.4.11'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON app.* TO 'app'@'10.0.4.11'",
                "CREATE USER IF NOT EXISTS 'app'@'10.0.4.12' IDENTIFIED BY 'CHANGE_ME_APP' REQUIRE NONE",
                "ALTER USER 'app'@'10.0.4.12' IDENTIFIED BY 'CHANGE_ME_APP' REQUIRE NONE",
                "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'app'@'10.0.4.12'",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON app.* TO 'app'@'10.0.4.12'"), statements(accounts.content()));

        ExportedFile start = out.get("db-02/mysql/mysql-replica-start-replication.sql");
        assertEquals(List.of("db-2", "db-1"), start.componentIds());
        assertEquals(List.of("STOP SLAVE", "CHANGE MASTER TO MASTER_HOST = '10.0.5.11', MASTER_PORT = 3306, "
                + "MASTER_USER = 'replication', MASTER_PASSWORD = 'CHANGE_ME_REPLICATION', MASTER_SSL = 1, "
                + "MASTER_SSL_CA = '/etc/mysql/tls/ca.pem', MASTER_SSL_VERIFY_SERVER_CERT = 1, "
                + "MASTER_CONNECT_RETRY = 5, MASTER_USE_GTID = slave_pos", "START SLAVE"),
                statements(start.content()));
        // The seeding advice names mariadb-dump flags that exist, and loads with the binary log off.
        assertTrue(start.content().contains("mariadb-dump --all-databases --single-transaction --gtid --master-data=2"),
                start.content());
        assertTrue(start.content().contains("--init-command='SET SESSION sql_log_bin = 0'"), start.content());
        assertFalse(start.content().contains("--set-gtid-purged"), start.content());
    }

    @Test
    void anApplicationThatOnlyReadsGetsSelectOnly() throws Exception {
        Design design = sample04();
        for (String link : List.of("app-2-db-1")) {
            design = design.with(design.link(link).orElseThrow().withAccess(Access.READ));
        }
        String accounts = files(design).get("db-01/mysql/mysql-primary-accounts.sql").content();
        assertTrue(accounts.contains("GRANT SELECT ON app.* TO 'app'@'10.0.4.12';\n"), accounts);
        assertTrue(accounts.contains("GRANT SELECT, INSERT, UPDATE, DELETE ON app.* TO 'app'@'10.0.4.11';\n"),
                accounts);
    }

    @Test
    void noAccountTheExportCreatesCanWriteOnAReplica() throws Exception {
        for (String engine : List.of("mariadb", "mysql")) {
            String accounts = files(withEngine(sample04(), engine)).get("db-01/mysql/mysql-primary-accounts.sql")
                    .content();
            for (String grant : statements(accounts).stream().filter(s -> s.startsWith("GRANT")).toList()) {
                assertFalse(grant.matches(".*\\b(ALL|SUPER|READ_ONLY ADMIN|CONNECTION_ADMIN|WITH GRANT OPTION)\\b.*"),
                        grant);
            }
        }
    }

    /** The statement forms of the MySQL 8.0 reference that the MySQL dialect may use, one pattern each. */
    private static final List<Pattern> MYSQL8_STATEMENTS = List.of(
            Pattern.compile("CREATE DATABASE IF NOT EXISTS [a-z_]+"),
            Pattern.compile("CREATE USER IF NOT EXISTS '[a-z]+'@'[0-9a-fA-F.:%]+' IDENTIFIED BY '[A-Z_]+' "
                    + "REQUIRE (SSL|NONE)"),
            Pattern.compile("ALTER USER '[a-z]+'@'[0-9a-fA-F.:%]+' IDENTIFIED BY '[A-Z_]+' REQUIRE (SSL|NONE)"),
            Pattern.compile("REVOKE ALL PRIVILEGES, GRANT OPTION FROM '[a-z]+'@'[0-9a-fA-F.:%]+'"),
            Pattern.compile("GRANT (REPLICATION SLAVE ON \\*\\.\\*|SELECT(, INSERT, UPDATE, DELETE)? ON [a-z_]+\\.\\*) "
                    + "TO '[a-z]+'@'[0-9a-fA-F.:%]+'"),
            Pattern.compile("STOP REPLICA"),
            Pattern.compile("CHANGE REPLICATION SOURCE TO SOURCE_HOST = '[^']+', SOURCE_PORT = [0-9]+, "
                    + "SOURCE_USER = '[a-z]+', SOURCE_PASSWORD = '[A-Z_]+', SOURCE_SSL = 1, SOURCE_SSL_CA = '/[^']+', "
                    + "SOURCE_SSL_VERIFY_SERVER_CERT = 1, SOURCE_CONNECT_RETRY = [0-9]+, SOURCE_AUTO_POSITION = 1"),
            Pattern.compile("START REPLICA"));

    /** Server options of MySQL 8.0.23 and later that the MySQL dialect may set. */
    private static final Set<String> MYSQL8_OPTIONS = Set.of("server-id", "bind-address", "port", "skip-name-resolve",
            "log_bin", "binlog_format", "relay_log", "gtid_mode", "enforce_gtid_consistency", "read_only",
            "super_read_only", "ssl_ca", "ssl_cert", "ssl_key");

    @Test
    void mysqlFilesUseMysql8SyntaxOnly() throws Exception {
        Map<String, ExportedFile> out = files(withEngine(sample04(), "MySQL 8.0"));
        assertEquals("/etc/mysql/mysql.conf.d/zz-infra-designer.cnf",
                out.get("db-01/mysql/mysql-primary.cnf").installPath());
        for (ExportedFile f : out.values()) {
            if (f.path().endsWith(".cnf")) {
                List<String> lines = code(f.content());
                assertEquals("[mysqld]", lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> assertTrue(MYSQL8_OPTIONS.contains(l.split(" = ")[0]),
                        f.path() + ": " + l));
                assertTrue(lines.contains("gtid_mode = ON") && lines.contains("enforce_gtid_consistency = ON"),
                        f.content());
            } else {
                for (String statement : statements(f.content())) {
                    assertTrue(MYSQL8_STATEMENTS.stream().anyMatch(p -> p.matcher(statement).matches()),
                            f.path() + ": " + statement);
                }
            }
        }
        List<String> replica = code(out.get("db-02/mysql/mysql-replica.cnf").content());
        assertTrue(replica.contains("read_only = ON") && replica.contains("super_read_only = ON"), replica.toString());
        String start = out.get("db-02/mysql/mysql-replica-start-replication.sql").content();
        assertTrue(start.contains("CHANGE REPLICATION SOURCE TO") && start.endsWith("START REPLICA;\n"), start);
        assertTrue(start.contains("--set-gtid-purged=ON"), start);
    }

    @Test
    void theMariadbDialectUsesMariadbSyntaxOnly() throws Exception {
        for (ExportedFile f : files(sample04()).values()) {
            if (f.path().endsWith(".sql")) {
                for (String statement : statements(f.content())) {
                    assertFalse(statement.matches(".*\\b(SOURCE_[A-Z_]+|REPLICATION SOURCE|START REPLICA|STOP REPLICA)"
                            + "\\b.*"), f.path() + ": " + statement);
                }
            }
        }
    }

    @Test
    void anUnknownEngineIsRefusedWithWhatToSet() throws Exception {
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> files(withEngine(sample04(), "postgresql")));
        assertTrue(e.getMessage().startsWith("Database \"MySQL primary\" (db-1) has the engine \"postgresql\", which "
                + "the MySQL export does not write: set it to mysql (MySQL 8.0.23 or later) or mariadb (MariaDB 10.6 or "
                + "later)"), e.getMessage());
        assertTrue(e.getMessage().contains("(db-2)"), "every database is named: " + e.getMessage());
        for (String engine : List.of("MariaDB 10.11", "  mariadb", "MySQL", "mysql8")) {
            assertFalse(files(withEngine(sample04(), engine)).isEmpty(), engine);
        }
    }

    @Test
    void twoDatabasesOnOneServerAreRefused() throws Exception {
        Design design = sample04();
        Component replica = design.component("db-2").orElseThrow();
        ExportRefusedException e = assertThrows(ExportRefusedException.class,
                () -> files(design.with(replica.withHost("db-server-1"))));
        assertEquals("Server \"DB server 1\" (db-01) hosts two databases, Database \"MySQL primary\" (db-1) and "
                + "Database \"MySQL replica\" (db-2): the export writes one database server per host (one settings "
                + "file, port and data directory); move Database \"MySQL replica\" (db-2) to a server of its own.",
                e.getMessage());
    }

    @Test
    void aReplicaOfAnotherEngineIsRefused() throws Exception {
        Design design = sample04();
        Component replica = design.component("db-2").orElseThrow();
        DatabaseSettings s = replica.settings(DatabaseSettings.class);
        Design mixed = design.with(replica.withSettings(new DatabaseSettings("mysql", s.role(),
                s.replicationSource(), s.port())));
        ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> files(mixed));
        assertTrue(e.getMessage().endsWith("give both the same engine."), e.getMessage());
    }

    @Test
    void aChainOfReplicasGetsEveryAccountOnThePrimary() throws Exception {
        Design design = sample04();
        Component second = design.component("db-2").orElseThrow();
        Component server = design.component("db-server-2").orElseThrow();
        Component thirdServer = server.withSettings(new dev.infradesigner.model.ServerSettings("db-03", "10.0.5.13",
                "10.0.0.0/8"));
        Design chained = new Design(design.name(), concat(design.components(), List.of(
                new Component("db-server-3", "DB server 3", null, server.bounds(), thirdServer.settings()),
                new Component("db-3", "Second-level replica", "db-server-3", second.bounds(),
                        new DatabaseSettings("mariadb", dev.infradesigner.model.DatabaseRole.REPLICA, "db-2", 3306)))),
                concat(design.links(), List.of(Link.of("repl-2-3", "db-2", "db-3",
                        dev.infradesigner.model.Protocol.REPLICATION))));
        Map<String, ExportedFile> out = files(chained);
        String accounts = out.get("db-01/mysql/mysql-primary-accounts.sql").content();
        assertTrue(accounts.contains("GRANT REPLICATION SLAVE ON *.* TO 'replication'@'10.0.5.13';"), accounts);
        String start = out.get("db-03/mysql/second-level-replica-start-replication.sql").content();
        assertTrue(start.contains("MASTER_HOST = '10.0.5.12'"), start);
        assertTrue(start.contains("after db-01/mysql/mysql-primary-accounts.sql"), start);
        assertTrue(code(out.get("db-02/mysql/mysql-replica.cnf").content()).contains("log_slave_updates = ON"),
                "the middle replica passes on what it applies");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
