package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.FirewallSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A host firewall on a server that denies by default and allows what its links need: each port that
 * traffic reaches on it, from the internet where users send it and from the sending server otherwise,
 * plus SSH from the administrators' network.
 */
final class HostFirewallFix {

    private HostFirewallFix() {
    }

    static Optional<Fix> forServer(Design design, String serverId) {
        Optional<Component> found = design.component(serverId).filter(c -> c.kind() == ComponentKind.SERVER);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Component server = found.get();
        return Optional.of(new Fix("Add a host firewall to " + server.label(), d -> addTo(d, serverId)));
    }

    /** {@code design} with a host firewall on {@code serverId} letting in what its links need, SSH for admins. */
    static Design addTo(Design design, String serverId) {
        Component server = design.component(serverId).orElseThrow();
        ServerSettings settings = server.settings(ServerSettings.class);
        Set<String> members = new java.util.HashSet<>(List.of(serverId));
        design.hostedOn(serverId).forEach(c -> members.add(c.id()));
        Map<String, FirewallRule> rules = new LinkedHashMap<>();
        for (Link link : design.links()) {
            if (!members.contains(link.to()) || members.contains(link.from()) || !link.protocol().userTraffic()
                    && link.protocol() != dev.infradesigner.model.Protocol.REPLICATION) {
                continue;
            }
            Component from = design.component(link.from()).orElseThrow();
            String source = sourceOf(design, from);
            rules.putIfAbsent(link.port() + " " + source, FirewallRule.tcp(link.port(), source));
        }
        rules.putIfAbsent("22 admin", FirewallRule.tcp(22, settings.adminSource()));
        Bounds bounds = Placement.newRowIn(design, server);
        Component firewall = new Component(Placement.freshId(design, serverId + "-firewall"), "Firewall "
                + server.label(), serverId, bounds, new FirewallSettings(new ArrayList<>(rules.values())));
        return Placement.grow(design.withAll(List.of(firewall)), serverId, bounds);
    }

    private static String sourceOf(Design design, Component from) {
        if (from.kind() == ComponentKind.USERS) {
            return "any";
        }
        Optional<Component> host = design.hostOf(from);
        if (host.isPresent()) {
            return host.get().settings(ServerSettings.class).ipAddress();
        }
        return "any";
    }
}
