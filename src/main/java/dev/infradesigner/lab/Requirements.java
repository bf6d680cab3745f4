package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.model.ComponentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What this machine needs to run a plan: Linux, root (namespaces and mounts), and the daemons the design
 * uses, named with the Debian packages that bring them, so a missing piece is one command away.
 */
public final class Requirements {

    private Requirements() {
    }

    /** @throws LabException naming everything missing, with the packages to install */
    public static void check(LabPlan plan) {
        List<String> problems = new ArrayList<>();
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new LabException("the lab runs on Linux only: it makes network namespaces");
        }
        ProcessRunner.Result id = Exec.run(Duration.ofSeconds(5), List.of("id", "-u"));
        if (!id.ok() || !id.output().strip().equals("0")) {
            throw new LabException("the lab needs root: it makes network namespaces, bridges and mounts "
                    + "(run it with sudo)");
        }
        Map<String, String> needed = new LinkedHashMap<>();
        needed.put("ip", "iproute2");
        needed.put("ss", "iproute2");
        needed.put("openssl", "openssl");
        needed.put("runuser", "util-linux");
        if (plan.hosts().stream().anyMatch(h -> h.hosts(ComponentKind.LOAD_BALANCER))) {
            needed.put("haproxy", "haproxy");
        }
        if (plan.hosts().stream().anyMatch(h -> h.installed("/etc/keepalived/keepalived.conf").isPresent())) {
            needed.put("keepalived", "keepalived");
            needed.put("curl", "curl");
        }
        if (plan.hosts().stream().anyMatch(h -> h.hosts(ComponentKind.WEB_SERVER))) {
            needed.put("nginx", "nginx");
        }
        if (plan.hosts().stream().anyMatch(h -> h.hosts(ComponentKind.DATABASE))) {
            needed.put("mariadbd", "mariadb-server");
            needed.put("mariadb-install-db", "mariadb-server");
            needed.put("mariadb", "mariadb-client");
            needed.put("mariadb-admin", "mariadb-client");
        }
        if (plan.hosts().stream().anyMatch(h -> h.installed("/etc/prometheus/prometheus.yml").isPresent())) {
            needed.put("prometheus", "prometheus");
            needed.put("prometheus-node-exporter", "prometheus-node-exporter");
        }
        if (plan.hosts().stream().anyMatch(h -> h.firewallScript().isPresent())) {
            needed.put("ufw", "ufw");
            needed.put("iptables", "iptables");
        }
        List<String> packages = new ArrayList<>();
        needed.forEach((command, pkg) -> {
            if (!onPath(command)) {
                problems.add(command);
                if (!packages.contains(pkg)) {
                    packages.add(pkg);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new LabException("the lab needs " + String.join(", ", problems) + ": apt-get install -y "
                    + String.join(" ", packages));
        }
    }

    static boolean onPath(String command) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
