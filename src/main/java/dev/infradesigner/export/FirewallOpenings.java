package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each server's host firewall must let in: the design's traffic into it and nothing else. Users reach
 * an entry point on every port it listens on (the port-80 listener that only redirects to HTTPS included);
 * a replica reaches its source's port; the monitoring server reaches the agents and HAProxy's metrics port;
 * the members of a keepalived pair reach each other over VRRP; administrators reach SSH. Each opening comes
 * from the sender's server address ({@code any} for users and for a sender no server hosts), and carries the
 * safe names of what needs it, so labels never change a rule.
 */
final class FirewallOpenings {

    /** A protocol and port (0 for a protocol without ports, such as VRRP) opened to a source: one ufw rule. */
    record Opening(String protocol, int port, String source) {

        static Opening tcp(int port, String source) {
            return new Opening("tcp", port, source);
        }

        static Opening vrrp(String source) {
            return new Opening("vrrp", 0, source);
        }
    }

    private final Design design;
    private final Map<String, Map<Opening, Set<String>>> byServer = new HashMap<>();

    private FirewallOpenings(Design design) {
        this.design = design;
    }

    /**
     * Every server's openings, each with the names of what needs it, in the order the design gives them.
     *
     * @throws ExportRefusedException when an agent on a server reports to a Prometheus that no server hosts:
     *                                the design does not say where its scrapes come from
     */
    static FirewallOpenings of(Design design) {
        FirewallOpenings openings = new FirewallOpenings(design);
        refuseUnplacedPrometheus(design);
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            openings.add(server.id(), Opening.tcp(22, server.settings(ServerSettings.class).adminSource()),
                    "ssh-from-administrators");
        }
        for (Link link : design.links()) {
            openings.link(link);
        }
        for (Component db : design.componentsOf(ComponentKind.DATABASE)) {
            // The replica connects to its source's port, whichever way the design drew the link.
            ReplicationSources.sourceOf(design, db).ifPresent(source -> openings.into(source, db,
                    source.settings(DatabaseSettings.class).port(), "replication-from-" + name(db)));
        }
        openings.keepalivedPeers();
        openings.haproxyMetrics();
        return openings;
    }

    /** The openings of {@code serverId}, each with the names of what needs it. */
    Map<Opening, Set<String>> of(String serverId) {
        return byServer.getOrDefault(serverId, Map.of());
    }

    private void link(Link link) {
        Component from = design.component(link.from()).orElseThrow();
        Component to = design.component(link.to()).orElseThrow();
        switch (link.protocol()) {
            case REPLICATION -> {
                // Replication is read from the replicas' sources above: that is where they connect.
            }
            case MONITORING -> {
                if (isPrometheus(to) && from.kind() == ComponentKind.MONITORING_AGENT) {
                    // Prometheus pulls: it connects to the agent's port.
                    into(from, to, from.settings(MonitoringAgentSettings.class).port(), "metrics-to-" + name(to));
                } else {
                    into(to, from, link.port(), name(from) + "-to-" + name(to));
                }
            }
            default -> {
                if (from.kind() == ComponentKind.DNS || to.kind() == ComponentKind.DNS) {
                    return;
                }
                String why = name(from) + "-to-" + name(to);
                if (from.kind() == ComponentKind.USERS) {
                    listenerPorts(to).forEach(port -> into(to, from, port, why));
                }
                into(to, from, link.port(), why);
            }
        }
    }

    /** The ports an entry point users reach listens on: all of them answer users, a redirect included. */
    private static List<Integer> listenerPorts(Component entry) {
        List<Listener> listeners = List.of();
        if (entry.settings() instanceof LoadBalancerSettings lb) {
            listeners = lb.listeners();
        } else if (entry.settings() instanceof WebServerSettings web) {
            listeners = web.listeners();
        }
        return listeners.stream().map(Listener::port).toList();
    }

    /** VRRP from each other member of a keepalived group (load balancers sharing a floating IP). */
    private void keepalivedPeers() {
        Map<String, List<Component>> groups = new LinkedHashMap<>();
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            String vip = lb.settings(LoadBalancerSettings.class).floatingIp();
            if (vip != null) {
                groups.computeIfAbsent(vip, k -> new ArrayList<>()).add(lb);
            }
        }
        for (List<Component> members : groups.values()) {
            for (Component lb : members) {
                for (Component peer : members) {
                    Optional<Component> own = design.hostOf(lb);
                    Optional<Component> other = design.hostOf(peer);
                    if (own.isPresent() && other.isPresent() && !own.get().id().equals(other.get().id())) {
                        add(own.get().id(), Opening.vrrp(address(other.get())), "keepalived-peer-" + name(peer));
                    }
                }
            }
        }
    }

    /**
     * HAProxy's metrics port on each load balancer's server, from every Prometheus that an agent on that
     * server reports to: where the design monitors a server, it monitors the load balancer on it too.
     */
    private void haproxyMetrics() {
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            Optional<Component> server = design.hostOf(lb);
            if (server.isEmpty()) {
                continue;
            }
            Set<Component> scrapers = new LinkedHashSet<>();
            for (Component hosted : design.hostedOn(server.get().id())) {
                if (hosted.kind() == ComponentKind.MONITORING_AGENT) {
                    prometheusesOf(hosted).forEach(scrapers::add);
                }
            }
            scrapers.forEach(prometheus -> into(lb, prometheus, HaproxyExporter.METRICS_PORT,
                    name(lb) + "-metrics-to-" + name(prometheus)));
        }
    }

    private List<Component> prometheusesOf(Component agent) {
        return design.linksFrom(agent.id()).stream()
                .filter(l -> l.protocol() == Protocol.MONITORING)
                .map(l -> design.component(l.to()).orElseThrow()).filter(FirewallOpenings::isPrometheus).toList();
    }

    /** Opens {@code port} on the server of {@code receiver} to the server of {@code sender}, when they differ. */
    private void into(Component receiver, Component sender, int port, String why) {
        String server = receiver.kind() == ComponentKind.SERVER ? receiver.id() : receiver.hostId();
        if (server == null || server.equals(sender.hostId()) || server.equals(sender.id())) {
            return;
        }
        Optional<Component> senderServer = sender.kind() == ComponentKind.SERVER ? Optional.of(sender)
                : design.hostOf(sender);
        add(server, Opening.tcp(port, senderServer.map(FirewallOpenings::address).orElse("any")), why);
    }

    private void add(String serverId, Opening opening, String why) {
        byServer.computeIfAbsent(serverId, k -> new LinkedHashMap<>()).computeIfAbsent(opening,
                k -> new LinkedHashSet<>()).add(why);
    }

    private static void refuseUnplacedPrometheus(Design design) {
        Map<Component, Set<String>> unplaced = new LinkedHashMap<>();
        for (Link link : design.links()) {
            Component agent = design.component(link.from()).orElseThrow();
            Component service = design.component(link.to()).orElseThrow();
            if (link.protocol() == Protocol.MONITORING && isPrometheus(service)
                    && agent.kind() == ComponentKind.MONITORING_AGENT && agent.hosted() && !service.hosted()) {
                unplaced.computeIfAbsent(service, k -> new LinkedHashSet<>())
                        .add(design.hostOf(agent).orElseThrow().settings(ServerSettings.class).hostname());
            }
        }
        if (unplaced.isEmpty()) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        unplaced.forEach((service, hosts) -> sentences.add("Prometheus \"" + ConfigText.comment(service.label())
                + "\" (" + service.id() + ") is on no server, so the host firewall of " + few(hosts)
                + " cannot open the ports it scrapes to its address only: put \""
                + ConfigText.comment(service.label()) + "\" on a server (a monitoring server of its own is usual)."));
        throw new ExportRefusedException(String.join(" ", sentences));
    }

    /** At most five host names, then how many more: a message stays readable in a design of thousands. */
    private static String few(Set<String> hosts) {
        List<String> all = List.copyOf(hosts);
        return all.size() <= 5 ? String.join(", ", all)
                : String.join(", ", all.subList(0, 5)) + " and " + (all.size() - 5) + " more";
    }

    private static boolean isPrometheus(Component c) {
        return c.kind() == ComponentKind.MONITORING_SERVICE
                && c.settings(MonitoringServiceSettings.class).product() == MonitoringProduct.PROMETHEUS;
    }

    private static String address(Component server) {
        return server.settings(ServerSettings.class).ipAddress();
    }

    private static String name(Component c) {
        return ConfigText.name(c.label(), c.id());
    }
}
