package dev.infradesigner.lab.drill;

import dev.infradesigner.export.ProcessRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infradesigner.lab.Exec;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.MonitoringServiceSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Each Prometheus the lab runs scrapes every target of its exported file, and sees each one up. */
final class MonitoringCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MonitoringCheck() {
    }

    static Check run(Lab lab) {
        List<String> details = new ArrayList<>();
        boolean passed = true;
        int up = 0;
        int total = 0;
        for (LabHost host : lab.plan().hosts()) {
            if (host.installed("/etc/prometheus/prometheus.yml").isEmpty()) {
                continue;
            }
            for (Component service : host.hostedOf(ComponentKind.MONITORING_SERVICE)) {
                int port = service.settings(MonitoringServiceSettings.class).port();
                String url = "http://" + host.address() + ":" + port + "/api/v1/targets?state=active";
                long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
                List<String> down = List.of("(no answer)");
                int count = 0;
                while (System.nanoTime() < deadline) {
                    ProcessRunner.Result r = lab.inNamespace(host.namespace(), List.of("curl", "-s", "--max-time", "3", url),
                            Duration.ofSeconds(10));
                    List<String> notUp = new ArrayList<>();
                    count = 0;
                    try {
                        for (JsonNode t : JSON.readTree(r.output()).path("data").path("activeTargets")) {
                            count++;
                            if (!t.path("health").asText().equals("up")) {
                                notUp.add(t.path("scrapeUrl").asText() + " " + t.path("health").asText() + " "
                                        + t.path("lastError").asText());
                            }
                        }
                    } catch (IOException e) {
                        notUp.add("(no answer)");
                    }
                    down = notUp;
                    if (down.isEmpty() && count > 0) {
                        break;
                    }
                    dev.infradesigner.lab.Exec.run(Duration.ofSeconds(2), List.of("sleep", "1"));
                }
                total += count;
                up += count - down.size();
                passed &= down.isEmpty() && count > 0;
                details.add((down.isEmpty() && count > 0 ? "ok      " : "FAILED  ") + "Prometheus on "
                        + host.hostname() + ": " + (count - down.size()) + " of " + count + " targets up"
                        + (down.isEmpty() ? "" : ": " + String.join("; ", down)));
            }
        }
        return new Check("monitoring", passed, details.isEmpty() ? "no Prometheus runs in the lab"
                : up + " of " + total + " scrape targets up", details);
    }
}
