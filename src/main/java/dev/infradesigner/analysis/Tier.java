package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
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
        boolean[] member = new boolean[n];
        switch (this) {
            case WEB, APPLICATION -> {
                ComponentKind kind = this == WEB ? ComponentKind.WEB_SERVER : ComponentKind.APP_SERVER;
                for (int v = 0; v < n; v++) {
                    member[v] = graph.kindOf(v) == kind;
                }
            }
            case DATABASE_READS, DATABASE_WRITES -> {
                // Vertices are numbered as the design's components, so the design's link ends are vertices.
                Design design = graph.design();
                List<Link> links = design.links();
                for (int e = 0; e < links.size(); e++) {
                    int from = design.linkSourceIndex(e);
                    int to = design.linkTargetIndex(e);
                    if (design.protocolAt(e) != Protocol.MYSQL || graph.kindOf(from) != ComponentKind.APP_SERVER
                            || graph.kindOf(to) != ComponentKind.DATABASE) {
                        continue;
                    }
                    if (this == DATABASE_READS || (links.get(e).access() == Access.READ_WRITE && graph.component(to)
                            .settings(DatabaseSettings.class).role() == DatabaseRole.PRIMARY)) {
                        member[to] = true;
                    }
                }
            }
        }
        return java.util.stream.IntStream.range(0, n).filter(v -> member[v]).toArray();
    }
}
