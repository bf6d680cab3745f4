package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import java.util.Arrays;

/**
 * Who replicates from whom: a replica's source setting, or a replication link drawn between databases.
 * Worked out once per audit by component position and shared by the replication rules: at 100,000
 * components, maps keyed by id cost more than the rest of those rules together.
 */
final class Replication {

    private static final int[] NONE = new int[0];

    private final Design design;
    /** By component position: each database's sources' positions; null for none. */
    private final int[][] sources;
    private final int[] replicas;

    private Replication(Design design, int[][] sources, int[] replicas) {
        this.design = design;
        this.sources = sources;
        this.replicas = replicas;
    }

    /** The replication of the design being audited, worked out by the first rule that asks. */
    static Replication of(AuditContext context) {
        return context.shared(Replication.class, Replication::build);
    }

    /** The role of the database at {@code index} in the design, or null when it is not a database. */
    DatabaseRole roleAt(int index) {
        return design.roleAt(index);
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
    Component at(int index) {
        return design.components().get(index);
    }

    private static Replication build(AuditContext context) {
        Design design = context.design();
        int n = design.components().size();
        int[][] sources = new int[n][];
        int[] replicas = new int[n];
        int replicaCount = 0;
        for (int i = 0; i < n; i++) {
            if (design.kindAt(i) != ComponentKind.DATABASE) {
                continue;
            }
            if (design.roleAt(i) == DatabaseRole.REPLICA) {
                replicas[replicaCount++] = i;
            }
            if (design.referenceIndex(i) >= 0) {
                sources[i] = new int[] {design.referenceIndex(i)};
            }
        }
        for (int e = 0; e < design.links().size(); e++) {
            int from = design.linkSourceIndex(e);
            int to = design.linkTargetIndex(e);
            if (design.protocolAt(e) == Protocol.REPLICATION && design.roleAt(from) != null
                    && design.roleAt(to) != null) {
                sources[to] = withSource(sources[to], from);
            }
        }
        return new Replication(design, sources, Arrays.copyOf(replicas, replicaCount));
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
