package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.Optional;

/**
 * Which database a replica copies: its {@code replicationSource} setting, or else the first database that
 * sends it a replication link. The MySQL export points the replica at it and the host firewall opens the
 * source's port to the replica, so both must read the design the same way.
 */
final class ReplicationSources {

    private ReplicationSources() {
    }

    /** The database {@code database} replicates from, when it is a replica and the design names one. */
    static Optional<Component> sourceOf(Design design, Component database) {
        if (database.kind() != ComponentKind.DATABASE
                || database.settings(DatabaseSettings.class).role() != DatabaseRole.REPLICA) {
            return Optional.empty();
        }
        String configured = database.settings(DatabaseSettings.class).replicationSource();
        if (configured != null) {
            return design.component(configured).filter(c -> c.kind() == ComponentKind.DATABASE && !c.id().equals(database.id()));
        }
        return design.linksTo(database.id()).stream().filter(l -> l.protocol() == Protocol.REPLICATION)
                .map(Link::from).map(id -> design.component(id).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.DATABASE).findFirst();
    }
}
