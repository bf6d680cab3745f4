package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sample 04's databases as two real MariaDB servers, on hosts with the design's addresses, set up with
 * nothing but the exported files as they are: the settings at their install path, the primary's accounts,
 * the replica's start of replication. Replication runs over TLS with the source's certificate checked;
 * the application's account writes on the primary and is refused on the read-only replica; the replication
 * account writes nowhere; the replica catches up after its source is killed and started again.
 */
class MariadbReplicationLiveTest {

    private static final String PRIMARY = "db-01";
    private static final String REPLICA = "db-02";

    @Test
    void theExportedFilesAloneMakeAWorkingReplicaPair() throws Exception {
        NetnsLab.require("ip", "mount", "openssl", "mariadbd", "mariadb-install-db", "mariadb");
        Design design = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        Map<String, ExportedFile> files = new MysqlExporter().export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, Function.identity()));
        try (NetnsLab lab = new NetnsLab("idm")) {
            Path tls = Files.createDirectories(lab.root("ca"));
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=test-ca",
                    "-keyout", tls.resolve("ca-key.pem").toString(), "-out", tls.resolve("ca.pem").toString());
            String primary = database(lab, tls, files, PRIMARY, "10.0.5.11");
            String replica = database(lab, tls, files, REPLICA, "10.0.5.12");
            String app = lab.host("app-01", "10.0.4.11", 8);
            Process primaryProcess = start(lab, primary);
            start(lab, replica);

            ExportedFile accounts = files.get(PRIMARY + "/mysql/mysql-primary-accounts.sql");
            assertEquals("db-1", accounts.componentIds().get(0), "the accounts run on the primary");
            sql(lab, primary, accounts.content());
            ExportedFile startReplication = files.get(REPLICA + "/mysql/mysql-replica-start-replication.sql");
            assertEquals("db-2", startReplication.componentIds().get(0), "replication starts on the replica");
            sql(lab, replica, startReplication.content());
            String status = waitFor(() -> sql(lab, replica, "SHOW SLAVE STATUS\\G"),
                    s -> s.contains("Slave_IO_Running: Yes") && s.contains("Slave_SQL_Running: Yes"),
                    "replication to run");
            assertTrue(status.contains("Master_SSL_Allowed: Yes") && status.contains(
                    "Master_SSL_Verify_Server_Cert: Yes") && status.contains("Using_Gtid: Slave_Pos"), status);

            sql(lab, primary, "CREATE TABLE app.t (id INT PRIMARY KEY, v VARCHAR(20)); INSERT INTO app.t VALUES (1, 'root');");
            waitFor(() -> sql(lab, replica, "SELECT v FROM app.t WHERE id = 1"), s -> s.contains("root"),
                    "the row to reach the replica");

            String appLogin = "--password=" + MysqlExporter.APP_PASSWORD;
            client(lab, app, 0, "10.0.5.11", "app", appLogin, "INSERT INTO app.t VALUES (2, 'app')");
            String refused = client(lab, app, 1, "10.0.5.12", "app", appLogin, "INSERT INTO app.t VALUES (3, 'app')");
            assertTrue(refused.contains("ERROR 1290") && refused.contains("read-only"), refused);
            assertTrue(client(lab, app, 0, "10.0.5.12", "app", appLogin, "SELECT COUNT(*) FROM app.t").contains("2"),
                    "the application reads the replica");

            String replicationLogin = "--password=" + MysqlExporter.REPLICATION_PASSWORD;
            for (String target : List.of("10.0.5.11", "10.0.5.12")) {
                String denied = client(lab, replica, 1, target, "replication", replicationLogin,
                        "INSERT INTO app.t VALUES (4, 'replication')");
                // The primary refuses for want of a grant; the replica may already refuse for read_only.
                assertTrue(denied.contains("ERROR 1142") || target.equals("10.0.5.12") && denied.contains("ERROR 1290"),
                        target + ": " + denied);
            }
            String wrongPlace = client(lab, app, 1, "10.0.5.11", "replication", replicationLogin, "SELECT 1");
            assertTrue(wrongPlace.contains("ERROR 1045"), "only from the replica's address: " + wrongPlace);

            NetnsLab.kill(primaryProcess);
            waitFor(() -> sql(lab, replica, "SHOW SLAVE STATUS\\G"), s -> !s.contains("Slave_IO_Running: Yes"),
                    "the replica to notice");
            start(lab, primary);
            sql(lab, primary, "INSERT INTO app.t VALUES (5, 'after');");
            waitFor(() -> sql(lab, replica, "SELECT v FROM app.t WHERE id = 5"), s -> s.contains("after"),
                    "the replica to resume");
        }
    }

    /** A database host: its private /etc/mysql with the exported settings and TLS files, and a data directory. */
    private static String database(NetnsLab lab, Path tls, Map<String, ExportedFile> files, String hostname,
            String address) throws Exception {
        String ns = lab.host(hostname, address, 8);
        Path etc = lab.etc(ns);
        run("cp", "-a", "/etc/mysql", etc.resolve("mysql").toString());
        ExportedFile settings = files.values().stream().filter(f -> f.path().startsWith(hostname + "/")
                && f.path().endsWith(".cnf")).findFirst().orElseThrow();
        assertTrue(settings.installPath().startsWith("/etc/mysql/"), settings.installPath());
        Files.writeString(etc.resolve(settings.installPath().substring("/etc/".length())), settings.content());
        // What the lab's CA issues: a certificate for the server's address and name.
        Path dir = Files.createDirectories(etc.resolve("mysql/tls"));
        Files.copy(tls.resolve("ca.pem"), dir.resolve("ca.pem"));
        Path ext = Files.writeString(tls.resolve(hostname + ".ext"), "subjectAltName=IP:" + address + ",DNS:"
                + hostname + "\n");
        run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + hostname, "-keyout",
                dir.resolve("server-key.pem").toString(), "-out", tls.resolve(hostname + ".csr").toString());
        run("openssl", "x509", "-req", "-in", tls.resolve(hostname + ".csr").toString(), "-CA",
                tls.resolve("ca.pem").toString(), "-CAkey", tls.resolve("ca-key.pem").toString(), "-CAcreateserial",
                "-days", "2", "-extfile", ext.toString(), "-out", dir.resolve("server.pem").toString());
        run("chown", "-R", "mysql:mysql", dir.toString());
        Path root = lab.root(ns);
        Files.createDirectories(root.resolve("var/lib/mysql"));
        Files.createDirectories(root.resolve("run/mysqld"));
        run("chown", "mysql:mysql", root.resolve("var/lib/mysql").toString(), root.resolve("run/mysqld").toString());
        NetnsLab.Result installed = lab.inHost(ns, 60, null, "mariadb-install-db", "--user=mysql",
                "--datadir=/var/lib/mysql", "--skip-test-db");
        assertEquals(0, installed.exit(), installed.output());
        return ns;
    }

    private static Process start(NetnsLab lab, String ns) throws Exception {
        Process p = lab.startInHost(ns, lab.root(ns).resolve("mariadbd.log"), "mariadbd", "--user=mysql");
        waitFor(() -> lab.inHost(ns, 10, null, "mariadb", "-N", "-e", "SELECT 'up'").output(), s -> s.contains("up"),
                ns + " to start (" + lab.root(ns).resolve("mariadbd.log") + ")");
        return p;
    }

    /** Runs {@code statements} as root over the host's socket, as the lab does, and expects success. */
    private static String sql(NetnsLab lab, String ns, String statements) {
        NetnsLab.Result r = lab.inHost(ns, 30, statements, "mariadb");
        assertEquals(0, r.exit(), ns + ": " + statements + "\n" + r.output());
        return r.output();
    }

    /** Runs one statement over TCP as {@code user} from host {@code ns}, expecting the client's exit code. */
    private static String client(NetnsLab lab, String ns, int exit, String server, String user, String password,
            String statement) {
        NetnsLab.Result r = lab.inHost(ns, 30, null, "mariadb", "--protocol=TCP", "-h", server, "-u", user, password,
                "-N", "-e", statement);
        assertEquals(exit, r.exit(), ns + " as " + user + " on " + server + ": " + statement + "\n" + r.output());
        return r.output();
    }

    /** Polls {@code probe} every 100 ms for at most 15 s until {@code done} holds. */
    private static String waitFor(java.util.function.Supplier<String> probe, Predicate<String> done, String what)
            throws InterruptedException {
        String last = "";
        for (long end = System.nanoTime() + 15_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
        }
        fail("gave up waiting for " + what + "; last seen:\n" + last);
        return last;
    }

    private static void run(String... command) {
        NetnsLab.Result r = NetnsLab.run(List.of(command), 60, null);
        assertEquals(0, r.exit(), String.join(" ", command) + ": " + r.output());
    }
}
