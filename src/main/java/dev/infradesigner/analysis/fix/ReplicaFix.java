package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FreeSpace;
import dev.infradesigner.model.FreshNames;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A replica of a primary on another server: one that already runs an application reading from the
 * primary if there is one, else any other server, else a new server beside the primary's (with a host
 * firewall for its links). The applications that use the primary read from the replica too, so it serves
 * reads instead of standing unreachable (which the audit would report as a finding of the fix's own).
 */
final class ReplicaFix {

    private ReplicaFix() {
    }

    static Optional<Fix> forPrimary(Design design, String primaryId) {
        return design.component(primaryId).filter(c -> c.kind() == ComponentKind.DATABASE)
                .map(p -> new Fix("Add a replica of " + p.label() + " on another server", d -> apply(d, primaryId)));
    }

    private static Design apply(Design design, String primaryId) {
        Component primary = design.component(primaryId).orElseThrow();
        DatabaseSettings settings = primary.settings(DatabaseSettings.class);
        String primaryHost = primary.hostId();
        Set<Component> readers = new LinkedHashSet<>();
        for (Link l : design.linksTo(primaryId)) {
            Component from = design.component(l.from()).orElseThrow();
            if (l.protocol() == Protocol.MYSQL && from.kind() == ComponentKind.APP_SERVER) {
                readers.add(from);
            }
        }
        Optional<Component> other = readers.stream().map(Component::hostId)
                .filter(h -> h != null && !h.equals(primaryHost)).findFirst()
                .flatMap(design::component)
                .or(() -> design.componentsOf(ComponentKind.SERVER).stream()
                        .filter(s -> !s.id().equals(primaryHost)).findFirst());
        Component server;
        Design next = design;
        boolean newServer = other.isEmpty();
        if (other.isPresent()) {
            server = other.get();
        } else {
            Component near = primaryHost == null ? primary : design.component(primaryHost).orElseThrow();
            Bounds spot = FreeSpace.beside(design, near.bounds(), Placement.CARD_WIDTH + 2 * Placement.PADDING,
                    Placement.CARD_HEIGHT + Placement.HEADER + Placement.PADDING, false);
            String id = Placement.freshId(design, "db-server");
            ServerSettings base = near.settings() instanceof ServerSettings s ? s
                    : new ServerSettings("db-01", "10.0.1.20", ServerSettings.DEFAULT.adminSource());
            FreshNames names = new FreshNames(design);
            server = new Component(id, "Database server", null, spot, new ServerSettings(names.hostnameFrom("db-01"),
                    names.address(base.ipAddress()), base.adminSource()));
            next = next.with(server);
        }
        Bounds bounds = Placement.newRowIn(next, server);
        String id = Placement.freshId(next, primaryId + "-replica");
        Component replica = new Component(id, primary.label() + " replica", server.id(), bounds,
                new DatabaseSettings(settings.engine(), DatabaseRole.REPLICA, primaryId, settings.port()));
        next = Placement.grow(next.withAll(List.of(replica)), server.id(), bounds);
        List<Link> links = new ArrayList<>(next.links());
        links.add(new Link(Placement.freshId(next, primaryId + "-" + id), primaryId, id, Protocol.REPLICATION,
                settings.port(), Access.READ_WRITE, false));
        for (Component app : readers) {
            links.add(new Link(Placement.freshId(next, app.id() + "-" + id), app.id(), id, Protocol.MYSQL,
                    settings.port(), Access.READ, false));
        }
        next = new Design(next.name(), next.components(), links, next.suppressions(),
                next.availabilityTarget().orElse(null));
        return newServer ? HostFirewallFix.addTo(next, server.id()) : next;
    }
}
