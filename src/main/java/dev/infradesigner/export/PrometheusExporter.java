package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring: {@code prometheus.yml} for each Prometheus service, one scrape job listing every agent that
 * reports to it at its server's address and the agent's port, one for the HAProxy of each load balancer on
 * those servers (only validated addresses and ports reach the YAML; labels stay in comments), and the agent
 * files of hosted services such as Datadog and Sumo Logic.
 */
public final class PrometheusExporter implements Exporter {

    @Override
    public String id() {
        return "monitoring";
    }

    @Override
    public String displayName() {
        return "Monitoring (Prometheus, agents)";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames folders = new UniqueNames();
        for (Component service : design.componentsOf(ComponentKind.MONITORING_SERVICE)) {
            if (service.settings(MonitoringServiceSettings.class).product() != MonitoringProduct.PROMETHEUS) {
                continue;
            }
            String folder = folders.next(ConfigText.folderOf(design, service), service.id());
            files.add(mode == ExportMode.FULL
                    ? new ExportedFile(folder + "/prometheus.yml", config(design, service, mode),
                            List.of(service.id()), "/etc/prometheus/prometheus.yml")
                    : new ExportedFile(folder + "/prometheus.yml", config(design, service, mode),
                            List.of(service.id())));
        }
        files.addAll(new HostedAgentExporter().export(design));
        return files;
    }

    private static String config(Design design, Component service, ExportMode mode) {
        StringBuilder out = new StringBuilder(ConfigText.header("#", design, service));
        if (mode == ExportMode.FULL) {
            out.append("\nglobal:\n  scrape_interval: 15s\n  evaluation_interval: 15s\n\nscrape_configs:\n");
        }
        // Named after the design: Debian's stock prometheus.yml already has a job called "node", and two
        // jobs with one name are an error when the snippet is pasted there.
        out.append("  - job_name: ").append(jobName(design)).append('\n');
        List<String> targets = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (var link : design.links()) {
            Component agent = design.component(link.from()).orElseThrow();
            if (!link.to().equals(service.id()) || link.protocol() != Protocol.MONITORING
                    || agent.kind() != ComponentKind.MONITORING_AGENT) {
                continue;
            }
            var host = design.hostOf(agent);
            if (host.isEmpty()) {
                comments.add("    # \"" + ConfigText.comment(agent.label()) + "\" (" + agent.id()
                        + ") has no address: host it on a server to scrape it.\n");
                continue;
            }
            int port = agent.settings(MonitoringAgentSettings.class).port();
            targets.add("          # " + ConfigText.comment(host.get().label()) + "\n"
                    + "          - '" + ConfigText.hostPort(ConfigText.addressOf(design, agent), port) + "'\n");
        }
        comments.forEach(out::append);
        out.append("    static_configs:\n");
        if (targets.isEmpty()) {
            out.append("      - targets: []\n");
        } else {
            out.append("      - targets:\n");
            targets.forEach(out::append);
        }
        haproxyJob(out, design, service);
        return out.toString();
    }

    /**
     * HAProxy's own metrics (backend and server state, retries, response times) for every load balancer whose
     * server's agent reports to {@code service}: the server is monitored there, so its HAProxy is too.
     */
    private static void haproxyJob(StringBuilder out, Design design, Component service) {
        List<String> targets = new ArrayList<>();
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            var host = design.hostOf(lb);
            if (host.isEmpty() || !HaproxyExporter.hasMetrics(lb.settings(LoadBalancerSettings.class))
                    || !reportsTo(design, host.get(), service)) {
                continue;
            }
            String target = ConfigText.hostPort(ConfigText.addressOf(design, lb), HaproxyExporter.METRICS_PORT);
            if (!targets.contains("          - '" + target + "'\n")) {
                targets.add("          # " + ConfigText.comment(lb.label()) + "\n");
                targets.add("          - '" + target + "'\n");
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        out.append("  - job_name: ").append(haproxyJobName(design)).append('\n')
                .append("    metrics_path: ").append(HaproxyExporter.METRICS_PATH).append('\n')
                .append("    static_configs:\n      - targets:\n");
        targets.forEach(out::append);
    }

    /** Whether an agent on {@code server} reports to {@code service}. */
    private static boolean reportsTo(Design design, Component server, Component service) {
        return design.hostedOn(server.id()).stream().filter(c -> c.kind() == ComponentKind.MONITORING_AGENT)
                .anyMatch(agent -> design.linksFrom(agent.id()).stream().anyMatch(l -> l.to().equals(service.id())
                        && l.protocol() == Protocol.MONITORING));
    }

    /** {@code haproxy-} and the design's name, beside the node job. */
    static String haproxyJobName(Design design) {
        return "haproxy-" + ConfigText.name(design.name(), "design");
    }

    /** {@code node-} and the design's name as a safe name: letters, digits and dashes, YAML-safe unquoted. */
    static String jobName(Design design) {
        return "node-" + ConfigText.name(design.name(), "design");
    }
}
