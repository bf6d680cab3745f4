package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterContentTest {

    @TempDir
    Path folder;

    private static Map<String, String> files(Exporter exporter, Design design) {
        return exporter.export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }

    @Test
    void ufwOpensExactlyWhatTheLinksNeed() throws Exception {
        Map<String, String> scripts = files(new UfwExporter(), DesignFiles.load(Path.of("samples/02-three-server.infra")));
        String lb = scripts.get("lb-01/ufw.sh");
        assertTrue(lb.contains("ufw default deny incoming\n"));
        assertTrue(lb.contains("ufw allow from 10.0.0.0/8 to any port 22 proto tcp"));
        assertTrue(lb.contains("ufw allow from any to any port 80 proto tcp comment 'users-to-haproxy'"), lb);
        String primary = scripts.get("web-01/ufw.sh");
        assertTrue(primary.contains("ufw allow from 10.0.1.10 to any port 80 proto tcp"), primary);
        // The application and the replica share a server: one rule for that source and port names both.
        assertTrue(primary.contains("ufw allow from 10.0.1.12 to any port 3306 proto tcp comment "
                + "'app-server-3-to-mysql-primary,replication-from-mysql-replica'\n"), primary);
        assertEquals(1, primary.lines().filter(l -> l.contains("port 3306")).count(), primary);
        assertTrue(!primary.contains("port 8080"), "the application is reached from its own server only");
        assertEquals(1, lb.lines().filter(l -> l.startsWith("ufw allow")).count() - 1, lb);
    }

    @Test
    void everyUfwScriptIsValidShell() throws Exception {
        for (int i = 0; i < 200; i++) {
            Design design = RandomExportDaemonTest.generate(new Random(9_000L + i), folder.resolve("site.pem"));
            for (ExportedFile file : new UfwExporter().export(design, ExportMode.FULL)) {
                Path script = folder.resolve("s" + i + ".sh");
                Files.writeString(script, file.content());
                Process sh = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
                String output = new String(sh.getInputStream().readAllBytes());
                assertEquals(0, sh.waitFor(), file.path() + ": " + output + "\n" + file.content());
                assertTrue(file.content().lines().filter(l -> !l.startsWith("#")).allMatch(l -> l.isEmpty()
                        || l.matches("(set -e|ufw [a-z0-9 ./:',_-]+)")), file.content());
            }
        }
    }

    @Test
    void mysqlGivesUniqueServerIdsReadOnlyReplicasAndTheReplicationStatement() throws Exception {
        Map<String, String> out = files(new MysqlExporter(), DesignFiles.load(Path.of("samples/04-scaled-up.infra")));
        assertEquals(List.of("db-01/mysql/mysql-primary.cnf", "db-02/mysql/mysql-replica-start-replication.sql",
                "db-02/mysql/mysql-replica.cnf"), out.keySet().stream().sorted().toList());
        assertTrue(out.get("db-01/mysql/mysql-primary.cnf").contains("server-id = 1\n"));
        assertTrue(!out.get("db-01/mysql/mysql-primary.cnf").contains("read_only"));
        String replica = out.get("db-02/mysql/mysql-replica.cnf");
        assertTrue(replica.contains("server-id = 2\n") && replica.contains("super_read_only = ON\n")
                && replica.contains("gtid_mode = ON\n") && replica.contains("binlog_format = ROW\n"), replica);
        String sql = out.get("db-02/mysql/mysql-replica-start-replication.sql");
        assertTrue(sql.contains("SOURCE_HOST = '10.0.5.11'") && sql.contains("SOURCE_AUTO_POSITION = 1;")
                && sql.endsWith("START REPLICA;\n"), sql);
    }

    @Test
    void hostedMonitoringServicesGetAnAgentFilePerServer() throws Exception {
        Map<String, String> out = files(new PrometheusExporter(),
                DesignFiles.load(Path.of("samples/03-secured-monitored.infra")));
        assertEquals(List.of("lb-01/sumologic/user.properties", "web-01/sumologic/user.properties",
                "web-02/sumologic/user.properties"), out.keySet().stream().sorted().toList());
        assertTrue(out.get("web-01/sumologic/user.properties").contains("name=web-01\n"));
        assertTrue(out.get("web-01/sumologic/user.properties").contains("accesskey=SET-YOUR-SUMO-ACCESS-KEY"));
    }

    /** What a review of sample 02's files by an experienced engineer asked for, pinned. */
    @Test
    void sample02ReadsLikeAHandWrittenSetup() throws Exception {
        Design design = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        String haproxy = files(new HaproxyExporter(), design).get("lb-01/haproxy.cfg");
        // Debian's privilege drop and admin socket; no TLS defaults where nothing speaks TLS.
        assertTrue(haproxy.contains("    chroot /var/lib/haproxy\n    stats socket /run/haproxy/admin.sock mode 660 "
                + "level admin\n    user haproxy\n    group haproxy\n"), haproxy);
        assertTrue(!haproxy.contains("ssl-default-bind"), haproxy);
        // The check names the site, or Debian's default Nginx site answers it with a 404.
        assertTrue(haproxy.contains("http-check send meth GET uri /health ver HTTP/1.1 hdr Host www.foobar.com "
                + "hdr User-Agent haproxy-health-check\n    http-check expect status 200\n"), haproxy);
        String snippet = new HaproxyExporter().export(design, ExportMode.SNIPPET).get(0).content();
        assertTrue(snippet.contains("frontend haproxy\n    mode http\n    option forwardfor\n"), snippet);
        assertTrue(snippet.contains("http-request set-header X-Forwarded-Proto http\n"), snippet);

        String nginx = files(new NginxExporter(), design).get("web-01/nginx.conf");
        assertTrue(nginx.contains("user www-data;\n"), nginx);
        assertTrue(nginx.contains("set_real_ip_from 10.0.1.10;\n        real_ip_header X-Forwarded-For;\n"), nginx);
        // The scheme is the load balancer's word only when the request comes from it (NginxContentTest).
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Proto $forwarded_proto;"), nginx);

        String sql = files(new MysqlExporter(), design).get("web-02/mysql/mysql-replica-start-replication.sql");
        assertTrue(sql.contains("CREATE USER 'replication'@'10.0.1.12' IDENTIFIED BY 'CHANGE_ME' REQUIRE SSL;"), sql);
        assertTrue(sql.contains("--set-gtid-purged=ON") && !sql.contains("--source-data"), sql);
        assertTrue(sql.contains("  SOURCE_SSL = 1,\n") && !sql.contains("SOURCE_PORT"), "3306 is the default: " + sql);
    }
}
