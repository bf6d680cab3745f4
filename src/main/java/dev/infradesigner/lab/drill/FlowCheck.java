package dev.infradesigner.lab.drill;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.lab.Exec;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.Topology;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every flow the design draws works through the firewalls as exported: each link between two servers is
 * tried from the sending server (a replica connects to its source; Prometheus connects to what it scrapes),
 * the users reach the entry on every port they link to, and a plain-HTTP listener that should redirect to
 * HTTPS does.
 */
final class FlowCheck {

    private static final Pattern SCRAPE_TARGET = Pattern.compile("-\\s*'([0-9.]+:\\d+)'");

    private FlowCheck() {
    }

    static Check run(Lab lab) {
        LabPlan plan = lab.plan();
        Design design = plan.design();
        Map<String, Set<String>> bySource = new LinkedHashMap<>();
        for (Link l : design.links()) {
            flow(plan, l).ifPresent(f -> bySource.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]));
        }
        for (LabHost host : plan.hosts()) {
            host.installed("/etc/prometheus/prometheus.yml").ifPresent(file -> {
                Matcher m = SCRAPE_TARGET.matcher(file.content());
                while (m.find()) {
                    if (!m.group(1).startsWith(host.address() + ":")) {
                        bySource.computeIfAbsent(host.namespace(), k -> new LinkedHashSet<>()).add(m.group(1));
                    }
                }
            });
        }
        List<String> details = new ArrayList<>();
        int total = 0;
        int failed = 0;
        for (Map.Entry<String, Set<String>> source : bySource.entrySet()) {
            Map<String, String> answers = lab.probe(source.getKey(), new ArrayList<>(source.getValue()));
            for (Map.Entry<String, String> a : answers.entrySet()) {
                total++;
                boolean open = a.getValue().equals("open");
                if (!open) {
                    failed++;
                }
                details.add((open ? "ok      " : "FAILED  ") + name(plan, source.getKey()) + " -> " + a.getKey()
                        + (open ? "" : " (" + a.getValue() + ")"));
            }
        }
        if (plan.entry().httpRedirect() > 0) {
            total++;
            String url = "http://" + plan.entry().name() + (plan.entry().httpRedirect() == 80 ? ""
                    : ":" + plan.entry().httpRedirect()) + "/";
            ProcessRunner.Result r = lab.inNamespace(Topology.USERS_NAMESPACE, List.of("curl", "-s", "-o", "/dev/null",
                    "--max-time", "5", "-w", "%{http_code} %{redirect_url}", url), Duration.ofSeconds(10));
            String answer = r.output().strip();
            boolean redirects = answer.matches("30[178] https://.*");
            if (!redirects) {
                failed++;
            }
            details.add((redirects ? "ok      " : "FAILED  ") + "users GET " + url + " -> " + (answer.isEmpty()
                    ? "no answer" : answer));
        }
        return new Check("designed flows", failed == 0, (total - failed) + " of " + total + " answer", details);
    }

    /** The namespace that opens the link's connection and the address:port it connects to. */
    private static Optional<String[]> flow(LabPlan plan, Link l) {
        Design design = plan.design();
        Component from = design.component(l.from()).orElseThrow();
        Component to = design.component(l.to()).orElseThrow();
        if (from.kind() == ComponentKind.DNS || to.kind() == ComponentKind.DNS) {
            return Optional.empty();
        }
        if (l.protocol() == Protocol.MONITORING) {
            boolean pulled = to.kind() == ComponentKind.MONITORING_SERVICE && from.kind() == ComponentKind.MONITORING_AGENT
                    && to.settings(MonitoringServiceSettings.class).product() == MonitoringProduct.PROMETHEUS;
            Optional<LabHost> scraper = plan.hostOf(to.id());
            Optional<LabHost> agent = plan.hostOf(from.id());
            if (!pulled || scraper.isEmpty() || agent.isEmpty() || scraper.get() == agent.get()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {scraper.get().namespace(), agent.get().address() + ":"
                    + from.settings(MonitoringAgentSettings.class).port()});
        }
        if (l.protocol() == Protocol.REPLICATION) {
            Optional<LabHost> source = plan.hostOf(from.id());
            Optional<LabHost> replica = plan.hostOf(to.id());
            if (source.isEmpty() || replica.isEmpty() || source.get() == replica.get()) {
                return Optional.empty();
            }
            return Optional.of(new String[] {replica.get().namespace(), source.get().address() + ":" + l.port()});
        }
        if (!l.protocol().userTraffic()) {
            return Optional.empty();
        }
        Optional<LabHost> target = plan.hostOf(to.id());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (from.kind() == ComponentKind.USERS) {
            String address = EntryPorts.addressOf(plan, to);
            return Optional.of(new String[] {Topology.USERS_NAMESPACE, address + ":" + l.port()});
        }
        Optional<LabHost> source = plan.hostOf(from.id());
        if (source.isEmpty() || source.get() == target.get()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {source.get().namespace(), target.get().address() + ":" + l.port()});
    }

    private static String name(LabPlan plan, String namespace) {
        if (namespace.equals(Topology.USERS_NAMESPACE)) {
            return "users";
        }
        return plan.hosts().stream().filter(h -> h.namespace().equals(namespace)).map(LabHost::hostname).findFirst()
                .orElse(namespace);
    }
}
