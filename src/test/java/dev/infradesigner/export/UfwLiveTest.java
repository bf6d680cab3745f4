package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample's {@code ufw.sh}, run as root by the real ufw on throwaway hosts (a network namespace each,
 * with a private copy of Debian's {@code /etc/ufw} and {@code /etc/default}), leaves exactly the rules the
 * design's links call for. The expectation is worked out here from the design, not by the exporter's code.
 * On each host: a rule added by hand is there first, then the script of an earlier version of the design
 * runs, and incoming traffic is then allowed by default; after the real script the hand-made rule is still
 * there, incoming is denied again and the earlier version's rules that the design no longer has are gone; a second run changes nothing and neither reloads nor re-enables.
 */
class UfwLiveTest {

    private static final String BY_HAND = "ufw allow from 192.0.2.1 to any port 5555 proto tcp comment 'added-by-hand'";

    @ParameterizedTest
    @ValueSource(strings = {"01-simple-web-stack.infra", "02-three-server.infra", "03-secured-monitored.infra",
        "04-scaled-up.infra"})
    void eachServersScriptLeavesExactlyTheDesignsRules(String sample) throws Exception {
        NetnsLab.require("ip", "ufw", "iptables", "mount");
        Design design = DesignFiles.load(Path.of("samples", sample));
        Map<String, String> scripts = scripts(design);
        Map<String, String> earlier = scripts(earlierVersion(design));
        try (NetnsLab lab = new NetnsLab("idu")) {
            List<Component> servers = design.componentsOf(ComponentKind.SERVER);
            Map<String, String> hosts = new java.util.LinkedHashMap<>();
            for (Component server : servers) {
                String hostname = server.settings(ServerSettings.class).hostname();
                String ns = lab.bareHost(hostname);
                copy(Path.of("/etc/ufw"), lab.etc(ns).resolve("ufw"));
                // `ufw default` writes /etc/default/ufw, which must stay this host's too.
                copy(Path.of("/etc/default"), lab.etc(ns).resolve("default"));
                Files.writeString(lab.root(ns).resolve("tmp/ufw.sh"), scripts.get(hostname + "/ufw.sh"));
                Files.writeString(lab.root(ns).resolve("tmp/earlier-ufw.sh"), earlier.get(hostname + "/ufw.sh"));
                hosts.put(hostname, ns);
            }
            // Two hosts at a time: ufw's start-up time dominates, and hosts share nothing.
            servers.parallelStream().forEach(server -> check(lab, hosts.get(server.settings(ServerSettings.class)
                    .hostname()), design, server));
        }
    }

    private static void check(NetnsLab lab, String ns, Design design, Component server) {
        String where = ns + ": ";
        ok(lab, ns, "ufw", "allow", "from", "192.0.2.1", "to", "any", "port", "5555", "proto", "tcp", "comment",
                "added-by-hand");
        ok(lab, ns, "sh", "/tmp/earlier-ufw.sh");
        // Someone opened the host since: the script denies incoming again.
        ok(lab, ns, "ufw", "default", "allow", "incoming");
        Set<String> beforeRun = rules(ok(lab, ns, "ufw", "show", "added"));
        assertTrue(beforeRun.contains("tcp 22 192.168.0.0/16"), where + "the earlier version's rules are in: "
                + beforeRun);

        String first = ok(lab, ns, "sh", "/tmp/ufw.sh");
        Set<String> expected = new TreeSet<>(expected(design, server));
        expected.add(BY_HAND);
        assertEquals(expected, rules(ok(lab, ns, "ufw", "show", "added")), where + first);
        String status = ok(lab, ns, "ufw", "status", "verbose");
        assertTrue(status.contains("Status: active\n") && status.contains("Default: deny (incoming)"), where + status);

        String numbered = ok(lab, ns, "ufw", "status", "numbered");
        String again = ok(lab, ns, "sh", "/tmp/ufw.sh");
        for (String change : List.of("Rule added", "Rule deleted", "Rules updated", "policy changed",
                "Firewall is active and enabled")) {
            assertFalse(again.contains(change), where + "the second run says " + change + ":\n" + again);
        }
        assertEquals(numbered, ok(lab, ns, "ufw", "status", "numbered"), where + "the second run changed the rules");
    }

    private static String ok(NetnsLab lab, String ns, String... command) {
        NetnsLab.Result r = lab.inHost(ns, 60, null, command);
        assertEquals(0, r.exit(), ns + ": " + String.join(" ", command) + ":\n" + r.output());
        return r.output();
    }

    private static final Pattern SHORT = Pattern.compile("ufw allow (\\d+)/tcp comment '(.*)'");
    private static final Pattern TCP = Pattern.compile("ufw allow from (\\S+) to any port (\\d+) proto tcp comment '(.*)'");
    private static final Pattern VRRP = Pattern.compile("ufw allow from (\\S+) proto vrrp comment '(.*)'");

    /**
     * {@code ufw show added} as "tcp PORT SOURCE" and "vrrp SOURCE"; a rule not tagged by the export, or of
     * another form, stays as ufw prints it.
     */
    private static Set<String> rules(String shown) {
        Set<String> out = new TreeSet<>();
        for (String line : shown.lines().filter(l -> l.startsWith("ufw ")).toList()) {
            Matcher s = SHORT.matcher(line);
            Matcher t = TCP.matcher(line);
            Matcher v = VRRP.matcher(line);
            if (s.matches() && s.group(2).startsWith("infra-designer:")) {
                out.add("tcp " + s.group(1) + " any");
            } else if (t.matches() && t.group(3).startsWith("infra-designer:")) {
                out.add("tcp " + t.group(2) + " " + t.group(1));
            } else if (v.matches() && v.group(2).startsWith("infra-designer:")) {
                out.add("vrrp " + v.group(1));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** What a firewall engineer reads off the design for {@code server}, written out from its links. */
    static Set<String> expected(Design design, Component server) {
        Set<String> out = new TreeSet<>();
        out.add("tcp 22 " + server.settings(ServerSettings.class).adminSource());
        for (Link l : design.links()) {
            Component from = design.component(l.from()).orElseThrow();
            Component to = design.component(l.to()).orElseThrow();
            if (from.kind() == ComponentKind.DNS || to.kind() == ComponentKind.DNS) {
                continue;
            }
            if (l.protocol() == Protocol.MONITORING && prometheus(to) && from.kind() == ComponentKind.MONITORING_AGENT) {
                // Prometheus connects to the agent.
                allow(out, server, machine(design, from), machine(design, to),
                        from.settings(MonitoringAgentSettings.class).port());
            } else if (l.protocol() == Protocol.REPLICATION) {
                // The replica (to) connects to its source's port (from).
                allow(out, server, machine(design, from), machine(design, to),
                        from.settings(DatabaseSettings.class).port());
            } else {
                allow(out, server, machine(design, to), machine(design, from), l.port());
                if (from.kind() == ComponentKind.USERS) {
                    for (Listener listener : listeners(to)) {
                        allow(out, server, machine(design, to), Optional.empty(), listener.port());
                    }
                }
            }
        }
        for (Component lb : design.hostedOn(server.id())) {
            if (lb.kind() != ComponentKind.LOAD_BALANCER) {
                continue;
            }
            String vip = lb.settings(LoadBalancerSettings.class).floatingIp();
            for (Component peer : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
                Optional<Component> peerServer = machine(design, peer);
                if (vip != null && vip.equals(peer.settings(LoadBalancerSettings.class).floatingIp())
                        && peerServer.isPresent() && !peerServer.get().id().equals(server.id())) {
                    out.add("vrrp " + peerServer.get().settings(ServerSettings.class).ipAddress());
                }
            }
            for (Component agent : design.hostedOn(server.id())) {
                for (Link l : design.linksFrom(agent.id())) {
                    Component service = design.component(l.to()).orElseThrow();
                    if (agent.kind() == ComponentKind.MONITORING_AGENT && prometheus(service)) {
                        allow(out, server, Optional.of(server), machine(design, service),
                                HaproxyExporter.METRICS_PORT);
                    }
                }
            }
        }
        return out;
    }

    private static void allow(Set<String> out, Component server, Optional<Component> receiver,
            Optional<Component> sender, int port) {
        if (receiver.isPresent() && receiver.get().id().equals(server.id())
                && !sender.map(Component::id).equals(Optional.of(server.id()))) {
            out.add("tcp " + port + " " + sender.map(s -> s.settings(ServerSettings.class).ipAddress()).orElse("any"));
        }
    }

    private static Optional<Component> machine(Design design, Component c) {
        return c.kind() == ComponentKind.SERVER ? Optional.of(c) : design.hostOf(c);
    }

    private static List<Listener> listeners(Component c) {
        if (c.settings() instanceof LoadBalancerSettings lb) {
            return lb.listeners();
        }
        return c.settings() instanceof WebServerSettings web ? web.listeners() : List.of();
    }

    private static boolean prometheus(Component c) {
        return c.kind() == ComponentKind.MONITORING_SERVICE
                && c.settings(MonitoringServiceSettings.class).product() == MonitoringProduct.PROMETHEUS;
    }

    /** The design before a change: administrators elsewhere and user traffic on other ports. */
    private static Design earlierVersion(Design design) {
        Design earlier = design.withAll(design.componentsOf(ComponentKind.SERVER).stream().map(s -> {
            ServerSettings settings = s.settings(ServerSettings.class);
            return s.withSettings(new ServerSettings(settings.hostname(), settings.ipAddress(), "192.168.0.0/16"));
        }).toList());
        for (Link l : design.links()) {
            if (l.protocol().userTraffic()) {
                earlier = earlier.with(l.onPort(l.port() + 1000));
            }
        }
        return earlier;
    }

    private static Map<String, String> scripts(Design design) {
        return new UfwExporter().export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }

    private static void copy(Path from, Path to) {
        NetnsLab.Result r = NetnsLab.run(List.of("cp", "-a", from.toString(), to.toString()), 30, null);
        assertEquals(0, r.exit(), r.output());
    }
}
