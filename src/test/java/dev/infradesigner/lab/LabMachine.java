package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether this machine can run the lab (Linux, root, the daemons): tests that boot one skip with the
 * reason where it cannot, and fail under CI ({@code CI=true}), where it must.
 */
public final class LabMachine {

    private static final List<String> COMMANDS = List.of("ip", "ss", "openssl", "runuser", "haproxy", "nginx",
            "keepalived", "curl", "mariadbd", "mariadb-install-db", "mariadb", "mariadb-admin", "prometheus",
            "prometheus-node-exporter", "ufw", "iptables");

    private LabMachine() {
    }

    public static void require() {
        String why = null;
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            why = "the lab runs on Linux only";
        } else if (!Exec.run(Duration.ofSeconds(5), List.of("id", "-u")).output().strip().equals("0")) {
            why = "the lab needs root";
        } else {
            List<String> missing = COMMANDS.stream().filter(c -> !Requirements.onPath(c)).toList();
            if (!missing.isEmpty()) {
                why = "missing " + missing + " (apt-get install -y haproxy nginx keepalived curl mariadb-server "
                        + "prometheus prometheus-node-exporter ufw iptables iproute2 openssl)";
            }
        }
        if (why == null && LabLock.kept().isPresent()) {
            why = "a lab kept with --keep is up (" + LabLock.kept().get() + "); the tests would remove it";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; CI must run the lab");
            }
            Assumptions.abort(why + "; skipping the lab");
        }
    }
}
