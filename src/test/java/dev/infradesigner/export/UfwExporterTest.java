package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the host firewall scripts open, and that they stay scripts of ufw commands and a fixed frame. */
class UfwExporterTest {

    @TempDir
    Path folder;

    private static Map<String, String> scripts(Design design) {
        return new UfwExporter().export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }

    /** The rules as ufw commands: a full script adds each through its {@code allow} function. */
    private static List<String> rules(String script) {
        return script.lines().filter(l -> l.startsWith("ufw allow ") || l.startsWith("allow from "))
                .map(l -> l.startsWith("allow ") ? "ufw " + l : l).toList();
    }

    @Test
    void sample02OpensExactlyWhatTheLinksNeed() throws Exception {
        Map<String, String> scripts = scripts(DesignFiles.load(Path.of("samples/02-three-server.infra")));
        String lb = scripts.get("lb-01/ufw.sh");
        assertEquals(List.of(
                "ufw allow from 10.0.0.0/8 to any port 22 proto tcp comment 'infra-designer:tcp-22-from-10.0.0.0/8:"
                        + "ssh-from-administrators'",
                "ufw allow from any to any port 80 proto tcp comment 'infra-designer:tcp-80-from-any:users-to-haproxy'"),
                rules(lb));
        String primary = String.join("\n", rules(scripts.get("web-01/ufw.sh"))) + "\n";
        assertTrue(primary.contains("ufw allow from 10.0.1.10 to any port 80 proto tcp"), primary);
        // The application and the replica share a server: one rule for that source and port names both.
        assertTrue(primary.contains("ufw allow from 10.0.1.12 to any port 3306 proto tcp comment "
                + "'infra-designer:tcp-3306-from-10.0.1.12:app-server-3-to-mysql-primary,replication-from-mysql-replica'\n"),
                primary);
        assertEquals(1, primary.lines().filter(l -> l.startsWith("ufw allow") && l.contains("port 3306")).count());
        assertFalse(primary.contains("port 8080"), "the application is reached from its own server only");
    }

    @Test
    void sample04OpensTheRedirectVrrpAndScrapesFromTheMonitoringServerOnly() throws Exception {
        Map<String, String> scripts = scripts(DesignFiles.load(Path.of("samples/04-scaled-up.infra")));
        String lb1 = scripts.get("lb-01/ufw.sh");
        assertEquals(List.of(
                "ufw allow from 10.0.0.0/8 to any port 22 proto tcp comment 'infra-designer:tcp-22-from-10.0.0.0/8:"
                        + "ssh-from-administrators'",
                "ufw allow from any to any port 80 proto tcp comment 'infra-designer:tcp-80-from-any:users-to-haproxy-1'",
                "ufw allow from any to any port 443 proto tcp comment 'infra-designer:tcp-443-from-any:"
                        + "users-to-haproxy-1'",
                "ufw allow from 10.0.6.10 to any port 9100 proto tcp comment 'infra-designer:tcp-9100-from-10.0.6.10:"
                        + "metrics-to-prometheus'",
                "ufw allow from 10.0.2.12 to any proto vrrp comment 'infra-designer:vrrp-from-10.0.2.12:"
                        + "keepalived-peer-haproxy-2'",
                "ufw allow from 10.0.6.10 to any port " + HaproxyExporter.METRICS_PORT + " proto tcp comment "
                        + "'infra-designer:tcp-8404-from-10.0.6.10:haproxy-1-metrics-to-prometheus'"), rules(lb1));
        assertTrue(rules(scripts.get("lb-02/ufw.sh")).stream().anyMatch(r -> r.startsWith(
                "ufw allow from 10.0.2.11 to any proto vrrp ")));
        for (Map.Entry<String, String> e : scripts.entrySet()) {
            for (String rule : rules(e.getValue())) {
                assertTrue(!rule.contains("port 9100") || rule.startsWith("ufw allow from 10.0.6.10 "), e.getKey()
                        + ": " + rule);
                assertTrue(!rule.contains("from any") || rule.contains("port 80 ") || rule.contains("port 443 "),
                        e.getKey() + " opens to anywhere: " + rule);
            }
            assertFalse(e.getValue().lines().anyMatch(l -> !l.startsWith("#") && l.contains("reset")), e.getKey());
            assertFalse(e.getKey().startsWith("web-") && e.getValue().contains("port 8404 "), "no HAProxy on web servers");
        }
        assertEquals(List.of("ufw allow from 10.0.0.0/8 to any port 22 proto tcp comment 'infra-designer:"
                + "tcp-22-from-10.0.0.0/8:ssh-from-administrators'"), rules(scripts.get("mon-01/ufw.sh")),
                "Prometheus scrapes its own server's agent locally");
        assertTrue(rules(scripts.get("db-01/ufw.sh")).contains("ufw allow from 10.0.5.12 to any port 3306 proto tcp "
                + "comment 'infra-designer:tcp-3306-from-10.0.5.12:replication-from-mysql-replica'"));
    }

    @Test
    void theScriptAddsItsRulesBeforeDefaultDenyAndDeletesOnlyItsOwnStaleRules() throws Exception {
        String script = scripts(DesignFiles.load(Path.of("samples/04-scaled-up.infra"))).get("lb-01/ufw.sh");
        int firstRule = script.indexOf("\nallow from ");
        int lastRule = script.lastIndexOf("\nallow from ");
        assertTrue(script.indexOf("allow() {") < firstRule, "the rules go through the function that keeps them");
        assertTrue(lastRule < script.indexOf("added=$(ufw show added)"), "stale rules go after the rules are in");
        assertTrue(script.indexOf("ufw --force delete") < script.indexOf("ufw default deny incoming"), script);
        assertTrue(lastRule < script.indexOf("ufw default deny incoming"), script);
        assertTrue(script.indexOf("ufw default deny incoming") < script.indexOf("ufw --force enable"), script);
        assertTrue(rules(script).stream().allMatch(r -> r.contains(" comment '" + UfwScript.TAG)), script);
    }

    @Test
    void anAgentReportingToAPrometheusOnNoServerIsRefused() throws Exception {
        Design sample = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        Design unplaced = sample.with(sample.component("prometheus").orElseThrow().withHost(null));
        ExportRefusedException refused = assertThrows(ExportRefusedException.class,
                () -> new UfwExporter().export(unplaced, ExportMode.FULL));
        assertTrue(refused.getMessage().startsWith("Prometheus \"Prometheus\" (prometheus) is on no server, so the host"
                + " firewall of lb-01, lb-02, web-01, web-02, app-01 and 4 more cannot open"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("put \"Prometheus\" on a server (a monitoring server of its own is "
                + "usual)."), refused.getMessage());
        // Agents that are on no server need no rule, so nothing is refused for them.
        Design agentsUnplaced = unplaced.withAll(unplaced.componentsOf(ComponentKind.MONITORING_AGENT).stream()
                .map(a -> a.withHost(null)).toList());
        assertFalse(new UfwExporter().export(agentsUnplaced, ExportMode.FULL).isEmpty());
    }

    /** The frame every script shares, with the design's rules taken out. */
    private static String frame(String script) {
        return script.lines().filter(l -> !l.startsWith("#") && !l.startsWith("allow from "))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyUfwScriptIsValidShellOfUfwRulesInAFixedFrame() throws Exception {
        String expectedFrame = frame(scripts(DesignFiles.load(Path.of("samples/04-scaled-up.infra")))
                .get("lb-01/ufw.sh"));
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            Design design = RandomExportDaemonTest.generate(new Random(9_000L + i), folder.resolve("site.pem"));
            List<ExportedFile> files;
            try {
                files = new UfwExporter().export(design, ExportMode.FULL);
            } catch (ExportRefusedException e) {
                assertTrue(RandomExportDaemonTest.prometheusOnNoServerWithHostedAgents(design), "seed " + i + ": "
                        + e.getMessage());
                refused++;
                continue;
            }
            assertFalse(RandomExportDaemonTest.prometheusOnNoServerWithHostedAgents(design), "seed " + i);
            for (ExportedFile file : files) {
                Path script = folder.resolve("s" + i + ".sh");
                Files.writeString(script, file.content());
                Process sh = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
                String output = new String(sh.getInputStream().readAllBytes());
                assertEquals(0, sh.waitFor(), file.path() + ": " + output + "\n" + file.content());
                assertEquals(expectedFrame, frame(file.content()), file.content());
                assertTrue(rules(file.content()).stream().allMatch(l -> l.matches("ufw allow from (any|[0-9a-fA-F.:/]+)"
                        + " to any (port [0-9]+ )?proto (tcp|vrrp) comment 'infra-designer:[A-Za-z0-9.:/,_-]+'")),
                        file.content());
            }
        }
        assertTrue(refused > 10 && refused < 150, "refused " + refused + " of 200");
    }
}
