package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes the HAProxy of every load balancer whose server it monitors. */
class PrometheusContentTest {

    @Test
    void theLoadBalancersHaproxyMetricsAreScraped() throws Exception {
        List<ExportedFile> files = new PrometheusExporter().export(HaproxyContentTest.sample("04-scaled-up.infra"),
                ExportMode.FULL);
        assertEquals("/etc/prometheus/prometheus.yml", files.get(0).installPath());
        String yml = files.get(0).content();
        assertTrue(yml.endsWith("  - job_name: haproxy-scaled-up-web-infrastructure\n    metrics_path: /metrics\n"
                + "    static_configs:\n      - targets:\n          # HAProxy 1\n          - '10.0.2.11:8404'\n"
                + "          # HAProxy 2\n          - '10.0.2.12:8404'\n"), yml);
    }

    @Test
    void aLoadBalancerWhoseServerReportsElsewhereIsNotScraped() throws Exception {
        Design design = HaproxyContentTest.sample("04-scaled-up.infra");
        Design withoutAgent = design.without(List.of("lb-agent-2"));
        String yml = new PrometheusExporter().export(withoutAgent, ExportMode.FULL).get(0).content();
        assertTrue(yml.contains("'10.0.2.11:8404'") && !yml.contains("'10.0.2.12:8404'"), yml);
        assertFalse(new PrometheusExporter().export(HaproxyContentTest.sample("03-secured-monitored.infra"),
                ExportMode.FULL).stream().anyMatch(f -> f.path().endsWith("prometheus.yml")), "Sumo Logic, no Prometheus");
    }
}
