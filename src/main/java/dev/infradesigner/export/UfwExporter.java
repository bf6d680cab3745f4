package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A runnable {@code ufw} script per server: deny incoming by default, allow SSH from the administrators'
 * source, and allow exactly the ports the design's links into this server need, each from the address
 * the traffic comes from (anywhere for users). Labels never reach the script: rule comments are built
 * from safe names only.
 */
public final class UfwExporter implements Exporter {

    @Override
    public String id() {
        return "ufw";
    }

    @Override
    public String displayName() {
        return "Host firewall (ufw)";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        // One pass over the links: each opens at most one port, on the server that receives the connection.
        // One rule per source and port, naming every link that needs it, so labels never change the rules.
        Map<String, Map<Opening, Set<String>>> rulesByServer = new HashMap<>();
        for (Link l : design.links()) {
            allowance(design, l).ifPresent(a -> rulesByServer.computeIfAbsent(a.serverId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.opening(), k -> new LinkedHashSet<>()).add(a.comment()));
        }
        List<ExportedFile> files = new ArrayList<>();
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            ServerSettings s = server.settings(ServerSettings.class);
            Map<Opening, Set<String>> allowed = new LinkedHashMap<>();
            allowed.put(new Opening(s.adminSource(), 22), new LinkedHashSet<>(List.of("ssh-from-administrators")));
            rulesByServer.getOrDefault(server.id(), Map.of()).forEach((opening, comments) -> allowed
                    .computeIfAbsent(opening, k -> new LinkedHashSet<>()).addAll(comments));
            List<String> rules = allowed.entrySet().stream().map(e -> rule(e.getKey().source(), e.getKey().port(),
                    String.join(",", e.getValue()))).toList();
            StringBuilder out = new StringBuilder();
            if (mode == ExportMode.FULL) {
                out.append("#!/bin/sh\n");
            }
            out.append(ConfigText.header("#", design, server));
            if (mode == ExportMode.FULL) {
                out.append("set -e\n\nufw --force reset\nufw default deny incoming\nufw default allow outgoing\n");
            }
            rules.forEach(r -> out.append(r).append('\n'));
            if (mode == ExportMode.FULL) {
                out.append("ufw --force enable\nufw status verbose\n");
            }
            files.add(new ExportedFile(s.hostname() + "/ufw.sh", out.toString(), List.of(server.id())));
        }
        return files;
    }

    /** A port opened to a source: one ufw rule. */
    private record Opening(String source, int port) {
    }

    /** An opening on a server, and why. */
    private record Allowance(String serverId, Opening opening, String comment) {
    }

    /** The rule a link needs on the server that receives its connections, if they come from elsewhere. */
    private static java.util.Optional<Allowance> allowance(Design design, Link link) {
        Component from = design.component(link.from()).orElseThrow();
        Component to = design.component(link.to()).orElseThrow();
        if (link.protocol() == Protocol.MONITORING && to.kind() == ComponentKind.MONITORING_SERVICE
                && from.kind() == ComponentKind.MONITORING_AGENT
                && to.settings(MonitoringServiceSettings.class).product() == MonitoringProduct.PROMETHEUS) {
            // Prometheus pulls: the service connects to the agent's port.
            int port = from.settings(MonitoringAgentSettings.class).port();
            return onServer(design, from, to, port, () -> "metrics-to-" + ConfigText.name(to.label(), to.id()));
        }
        if (link.protocol() == Protocol.REPLICATION) {
            // A replica connects to its source: the port opens on the source's server.
            return onServer(design, from, to, link.port(), () -> "replication-from-" + ConfigText.name(to.label(),
                    to.id()));
        }
        if (from.kind() == ComponentKind.DNS || to.kind() == ComponentKind.DNS) {
            return java.util.Optional.empty();
        }
        return onServer(design, to, from, link.port(), () -> ConfigText.name(from.label(), from.id()) + "-to-"
                + ConfigText.name(to.label(), to.id()));
    }

    private static java.util.Optional<Allowance> onServer(Design design, Component receiver, Component sender,
            int port, Supplier<String> comment) {
        String server = receiver.kind() == ComponentKind.SERVER ? receiver.id() : receiver.hostId();
        if (server == null || server.equals(sender.hostId()) || server.equals(sender.id())) {
            return java.util.Optional.empty();
        }
        String source = design.hostOf(sender).map(h -> h.settings(ServerSettings.class).ipAddress()).orElse("any");
        return java.util.Optional.of(new Allowance(server, new Opening(source, port), comment.get()));
    }

    private static String rule(String source, int port, String comment) {
        String safeComment = comment.length() > 60 ? comment.substring(0, 57) + "..." : comment;
        return "ufw allow from " + source + " to any port " + port + " proto tcp comment '" + safeComment + "'";
    }
}
