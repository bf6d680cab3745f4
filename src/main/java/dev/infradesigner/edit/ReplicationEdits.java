package dev.infradesigner.edit;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A replica's source and the replication link from it are one fact, kept so by every edit: setting the
 * source draws the link, drawing the link sets the source, and removing either removes both, each as one
 * step. (Setting the source in the inspector used to draw nothing, so the replication was invisible.) A
 * replica copies one source: a new one replaces the old, link and all.
 */
public final class ReplicationEdits {

    private ReplicationEdits() {
    }

    /** {@code design} with each of the databases {@code replicaIds} copying {@code sourceId} (null: none). */
    public static Design withSource(Design design, Collection<String> replicaIds, String sourceId) {
        Design next = design;
        Set<String> taken = new HashSet<>();
        for (String id : replicaIds) {
            Component replica = next.component(id).orElseThrow(() -> new EditRefusedException("It is gone."));
            if (!(replica.settings() instanceof DatabaseSettings db)) {
                throw new EditRefusedException(replica.label() + " is not a database.");
            }
            if (sourceId != null && sourceId.equals(id)) {
                throw new EditRefusedException("A database cannot replicate from itself.");
            }
            next = next.with(replica.withSettings(new DatabaseSettings(db.engine(), db.role(), sourceId, db.port())));
            List<String> stale = new ArrayList<>();
            boolean linked = false;
            for (Link l : next.linksTo(id)) {
                if (l.protocol() == Protocol.REPLICATION) {
                    if (l.from().equals(sourceId)) {
                        linked = true;
                    } else {
                        stale.add(l.id());
                    }
                }
            }
            next = next.without(stale);
            if (sourceId != null && !linked) {
                String linkId = Ids.fresh(next, sourceId + "-" + id, taken);
                taken.add(linkId);
                next = next.with(new Link(linkId, sourceId, id, Protocol.REPLICATION, db.port(),
                        dev.infradesigner.model.Access.READ_WRITE, false));
            }
        }
        return next;
    }

    /** Setting the source in the inspector, with its words for the Edit menu. */
    public static Outcome setSource(Design design, List<String> replicaIds, String sourceId) {
        Design next = withSource(design, replicaIds, sourceId);
        String who = replicaIds.size() == 1 ? design.component(replicaIds.get(0)).map(Component::label).orElse("")
                : replicaIds.size() + " databases";
        String description = sourceId == null ? "Clear the replication source of " + who
                : "Replicate " + who + " from " + design.component(sourceId).map(Component::label).orElse(sourceId);
        return Outcome.of(next, description);
    }

    /**
     * A replication link drawn from {@code sourceId} to the database {@code replicaId}: the replica copies
     * that source from now on (its role becomes replica, an older source's link goes).
     */
    static Design drawn(Design design, String sourceId, String replicaId, Link link) {
        Component replica = design.component(replicaId).orElseThrow();
        DatabaseSettings db = replica.settings(DatabaseSettings.class);
        Design next = design.with(replica.withSettings(new DatabaseSettings(db.engine(), DatabaseRole.REPLICA,
                sourceId, db.port()))).with(link);
        List<String> stale = next.linksTo(replicaId).stream()
                .filter(l -> l.protocol() == Protocol.REPLICATION && !l.id().equals(link.id())).map(Link::id).toList();
        return next.without(stale);
    }

    /**
     * The replicas whose source setting goes with the removed replication links {@code goneLinks}: each with
     * its source cleared, to put in the design after the links are gone.
     */
    static List<Component> sourcesCleared(Design design, Collection<Link> goneLinks, Set<String> goneComponents) {
        List<Component> cleared = new ArrayList<>();
        for (Link l : goneLinks) {
            if (l.protocol() != Protocol.REPLICATION || goneComponents.contains(l.to())) {
                continue;
            }
            Component replica = design.component(l.to()).orElse(null);
            if (replica != null && replica.kind() == ComponentKind.DATABASE
                    && l.from().equals(replica.settings(DatabaseSettings.class).replicationSource())) {
                DatabaseSettings db = replica.settings(DatabaseSettings.class);
                cleared.add(replica.withSettings(new DatabaseSettings(db.engine(), db.role(), null, db.port())));
            }
        }
        return cleared;
    }
}
