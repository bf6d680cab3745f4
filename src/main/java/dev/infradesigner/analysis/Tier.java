package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of the service users need to reach. A design needs the tiers it has: web servers, application
 * servers, databases applications read, and primaries applications write.
 */
public enum Tier {
    WEB("web servers"),
    APPLICATION("application servers"),
    DATABASE_READS("database reads"),
    DATABASE_WRITES("database writes");

    private final String description;

    Tier(String description) {
        this.description = description;
    }

    /** What users lose when this tier is cut off, for messages. */
    public String description() {
        return description;
    }

    /** The ids of the components that serve this tier in {@code design}, in the design's order. */
    public Set<String> members(Design design) {
        return members(new TrafficGraph(design));
    }

    /** {@link #members(Design)} for the design of {@code graph}. */
    public Set<String> members(TrafficGraph graph) {
        Set<String> ids = new LinkedHashSet<>();
        for (int v : vertices(graph)) {
            ids.add(graph.component(v).id());
        }
        return ids;
    }

    /** The vertices of {@code graph} that serve this tier, ascending (the design's order), each once. */
    public int[] vertices(TrafficGraph graph) {
        int n = graph.size();
        // Plain loops over the design's arrays: this runs for every tier on every audit, and at 100,000
        // components a stream over the vertices cost more than the search that follows.
        return switch (this) {
            case WEB -> ofKind(graph, ComponentKind.WEB_SERVER);
            case APPLICATION -> ofKind(graph, ComponentKind.APP_SERVER);
            case DATABASE_READS, DATABASE_WRITES -> {
                // Vertices are numbered as the design's components, so the design's link ends are vertices.
                Design design = graph.design();
                List<Link> links = design.links();
                boolean[] member = new boolean[n];
                int count = 0;
                for (int e = 0; e < links.size(); e++) {
                    int from = design.linkSourceIndex(e);
                    int to = design.linkTargetIndex(e);
                    if (member[to] || design.protocolAt(e) != Protocol.MYSQL
                            || graph.kindOf(from) != ComponentKind.APP_SERVER
                            || graph.kindOf(to) != ComponentKind.DATABASE) {
                        continue;
                    }
                    if (this == DATABASE_READS || (design.accessAt(e) == Access.READ_WRITE
                            && design.roleAt(to) == DatabaseRole.PRIMARY)) {
                        member[to] = true;
                        count++;
                    }
                }
                int[] out = new int[count];
                for (int v = 0, i = 0; i < count; v++) {
                    if (member[v]) {
                        out[i++] = v;
                    }
                }
                yield out;
            }
        };
    }

    private static int[] ofKind(TrafficGraph graph, ComponentKind kind) {
        int n = graph.size();
        int[] out = new int[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (graph.kindOf(v) == kind) {
                out[count++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
