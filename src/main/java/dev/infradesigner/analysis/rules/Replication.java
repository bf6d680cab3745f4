package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.DesignIndex;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Protocol;
import java.util.Arrays;

/**
 * Who replicates from whom: a replica's source setting, or a replication link drawn between databases.
 * Worked out once per audit by component position and shared by the replication rules: at 100,000
 * components, maps keyed by id cost more than the rest of those rules together.
 */
final class Replication {

    private static final int[] NONE = new int[0];

    private final DesignIndex index;
    /** By component position: each database's sources' positions; null for none. */
    private final int[][] sources;
    private final int[] replicas;

    private Replication(DesignIndex index, int[][] sources, int[] replicas) {
        this.index = index;
        this.sources = sources;
        this.replicas = replicas;
    }

    /** The replication of the design being audited, worked out by the first rule that asks. */
    static Replication of(AuditContext context) {
        return context.shared(Replication.class, Replication::build);
    }

    /** The role of the database at {@code index} in the design, or null when it is not a database. */
    DatabaseRole roleAt(int position) {
        return roleOf(index, position);
    }

    private static DatabaseRole roleOf(DesignIndex index, int position) {
        return index.component(position).settings() instanceof DatabaseSettings db ? db.role() : null;
    }

    /** The positions of the replicas, in the design's order. */
    int[] replicas() {
        return replicas.clone();
    }

    /**
     * The positions of the databases the one at {@code index} copies, each once, in the order found. The
     * array is shared (rules ask for each replica's sources in loops): read it, do not change it.
     */
    int[] sourcesOf(int index) {
        int[] found = sources[index];
        return found == null ? NONE : found;
    }

    /** The component at {@code index}, for messages. */
    Component at(int position) {
        return index.component(position);
    }

    /** The position of the server hosting the component at {@code position}, or -1. */
    int hostOf(int position) {
        return index.host(position);
    }

    private static Replication build(AuditContext context) {
        DesignIndex index = context.index();
        int n = index.size();
        int[][] sources = new int[n][];
        int[] replicas = new int[n];
        int replicaCount = 0;
        for (int i = 0; i < n; i++) {
            if (index.component(i).kind() != ComponentKind.DATABASE) {
                continue;
            }
            if (roleOf(index, i) == DatabaseRole.REPLICA) {
                replicas[replicaCount++] = i;
            }
            if (index.reference(i) >= 0) {
                sources[i] = new int[] {index.reference(i)};
            }
        }
        for (int e = 0; e < index.design().links().size(); e++) {
            int from = index.from(e);
            int to = index.to(e);
            if (index.link(e).protocol() == Protocol.REPLICATION && roleOf(index, from) != null
                    && roleOf(index, to) != null) {
                sources[to] = withSource(sources[to], from);
            }
        }
        return new Replication(index, sources, Arrays.copyOf(replicas, replicaCount));
    }

    private static int[] withSource(int[] known, int source) {
        if (known == null) {
            return new int[] {source};
        }
        for (int s : known) {
            if (s == source) {
                return known;
            }
        }
        int[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = source;
        return more;
    }
}
