package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Cables;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FreeSpace;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.UplinkSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixes of the network findings: a single device gets a twin beside it, cabled to everything it is
 * cabled to (every server on a switch is then on two); the only uplink gets a second one from another
 * provider, into another router where there is one; a server on no network is attached to the switches the
 * other servers use.
 */
final class NetworkFix {

    private NetworkFix() {
    }

    /** For {@code spof.network}: a twin of the device, cabled as it is. */
    static Optional<Fix> twin(Design design, String deviceId) {
        Optional<Component> found = design.component(deviceId).filter(c -> c.kind().networkDevice());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Component device = found.get();
        String kind = device.kind().displayName().toLowerCase();
        return Optional.of(new Fix("Add a second " + kind + " beside " + device.label() + ", cabled to what it is",
                d -> withTwin(d, device, device.kind() == ComponentKind.UPLINK ? otherProvider(d, device) : null,
                        Cables.of(d, device.id()))));
    }

    /** For {@code network.single-uplink}: a second uplink, from another provider, into another router if any. */
    static Optional<Fix> secondUplink(Design design, String uplinkId) {
        Optional<Component> found = design.component(uplinkId).filter(c -> c.kind() == ComponentKind.UPLINK);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Component uplink = found.get();
        return Optional.of(new Fix("Add a second internet uplink from another provider", d -> {
            Set<String> into = Cables.of(d, uplink.id());
            List<String> others = d.componentsOf(ComponentKind.ROUTER).stream().map(Component::id)
                    .filter(id -> !into.contains(id)).toList();
            Set<String> routers = others.isEmpty() ? into : Set.of(others.get(0));
            return withTwin(d, uplink, otherProvider(d, uplink), routers);
        }));
    }

    /** For {@code network.unattached}: cables to the switches (or else routers) other servers are on. */
    static Optional<Fix> attach(Design design, String serverId) {
        if (design.component(serverId).filter(c -> c.kind() == ComponentKind.SERVER).isEmpty()) {
            return Optional.empty();
        }
        // What each component is cabled to, read in one pass (a fix is offered for every unattached server).
        java.util.Map<String, Set<String>> cabled = new java.util.HashMap<>();
        for (Link l : design.links()) {
            if (l.protocol() == Protocol.NETWORK) {
                cabled.computeIfAbsent(l.from(), k -> new LinkedHashSet<>()).add(l.to());
                cabled.computeIfAbsent(l.to(), k -> new LinkedHashSet<>()).add(l.from());
            }
        }
        Set<String> targets = new LinkedHashSet<>();
        for (ComponentKind kind : List.of(ComponentKind.SWITCH, ComponentKind.ROUTER)) {
            for (Component server : design.componentsOf(ComponentKind.SERVER)) {
                for (String n : cabled.getOrDefault(server.id(), Set.of())) {
                    if (design.component(n).orElseThrow().kind() == kind) {
                        targets.add(n);
                    }
                }
            }
            if (targets.isEmpty()) {
                design.componentsOf(kind).stream().limit(2).forEach(c -> targets.add(c.id()));
            }
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Fix("Attach " + design.component(serverId).orElseThrow().label() + " to the network",
                d -> cabled(d, serverId, targets)));
    }

    private static Design withTwin(Design design, Component device, UplinkSettings settings, Set<String> cableTo) {
        String id = Placement.freshId(design, device.id() + "-2");
        Component twin = Component.create(id, device.kind(), device.label() + " 2",
                FreeSpace.beside(design, device.bounds(), device.bounds().width(), device.bounds().height(), false));
        twin = twin.withSettings(settings != null ? settings : device.settings());
        return cabled(design.with(twin), id, cableTo);
    }

    private static Design cabled(Design design, String from, Set<String> to) {
        Design out = design;
        for (String target : to) {
            out = out.with(new Link(Placement.freshId(out, from + "--" + target), from, target, Protocol.NETWORK, 0,
                    Access.READ_WRITE, false));
        }
        return out;
    }

    private static UplinkSettings otherProvider(Design design, Component uplink) {
        UplinkSettings s = uplink.settings(UplinkSettings.class);
        Set<String> taken = new LinkedHashSet<>();
        design.componentsOf(ComponentKind.UPLINK).forEach(u -> taken.add(u.settings(UplinkSettings.class).provider()));
        List<String> names = new ArrayList<>(List.of("ISP B", "ISP C", "ISP D"));
        String provider = names.stream().filter(n -> !taken.contains(n)).findFirst()
                .orElse("Second provider");
        return new UplinkSettings(provider, s.bandwidthMbps());
    }
}
