package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A replica of a primary on another server: one that already runs an application reading from the
 * primary if there is one, else any other server, else a new server beside the primary's.
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
        Optional<Component> other = design.linksTo(primaryId).stream()
                .map(l -> design.component(l.from()).orElseThrow()).map(c -> c.hostId())
                .filter(h -> h != null && !h.equals(primaryHost)).findFirst()
                .flatMap(design::component)
                .or(() -> design.componentsOf(ComponentKind.SERVER).stream()
                        .filter(s -> !s.id().equals(primaryHost)).findFirst());
        List<Component> added = new ArrayList<>();
        Component server;
        Design next = design;
        if (other.isPresent()) {
            server = other.get();
        } else {
            Bounds near = primaryHost == null ? primary.bounds() : design.component(primaryHost).orElseThrow().bounds();
            String id = Placement.freshId(design, "db-server");
            server = new Component(id, "Database server", null,
                    new Bounds(near.x(), Placement.belowAll(design), Placement.CARD_WIDTH + 2 * Placement.PADDING,
                            Placement.CARD_HEIGHT + Placement.HEADER + Placement.PADDING),
                    new ServerSettings(id, freeIp(design), ServerSettings.DEFAULT.adminSource()));
            next = next.with(server);
        }
        Bounds bounds = Placement.newRowIn(next, server);
        String id = Placement.freshId(next, primaryId + "-replica");
        Component replica = new Component(id, primary.label() + " replica", server.id(), bounds,
                new DatabaseSettings(settings.engine(), DatabaseRole.REPLICA, primaryId, settings.port()));
        added.add(Placement.grown(next.component(server.id()).orElseThrow(), bounds));
        added.add(replica);
        next = next.withAll(added);
        return next.with(new Link(Placement.freshId(next, primaryId + "-" + id), primaryId, id, Protocol.REPLICATION,
                settings.port(), Access.READ_WRITE, false));
    }

    static String freeIp(Design design) {
        java.util.Set<String> used = new java.util.HashSet<>();
        design.componentsOf(ComponentKind.SERVER).forEach(s -> used.add(s.settings(ServerSettings.class).ipAddress()));
        for (int n = 20; n < 250; n++) {
            if (!used.contains("10.0.1." + n)) {
                return "10.0.1." + n;
            }
        }
        return "10.0.2.10";
    }
}
