package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServedTier;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        return verticesOfEach(graph).get(this);
    }

    /**
     * {@link #vertices} of every tier at once: the web and application servers, the databases an
     * application server reads (any MySQL link to it) and the primaries one writes (a read-write link).
     */
    public static Map<Tier, int[]> verticesOfEach(TrafficGraph graph) {
        DesignIndex index = graph.index();
        Map<Tier, Set<Integer>> members = new EnumMap<>(Tier.class);
        for (Tier tier : values()) {
            members.put(tier, new TreeSet<>());
        }
        for (int v = 0; v < graph.size(); v++) {
            ComponentKind kind = graph.kindOf(v);
            if (kind.servedTier() == ServedTier.WEB) {
                members.get(WEB).add(v);
            } else if (kind.servedTier() == ServedTier.APPLICATION) {
                members.get(APPLICATION).add(v);
            }
        }
        for (int e = 0; e < index.design().links().size(); e++) {
            Link link = index.link(e);
            int to = index.to(e);
            if (link.protocol() != Protocol.MYSQL || graph.kindOf(index.from(e)).servedTier() != ServedTier.APPLICATION
                    || graph.kindOf(to).servedTier() != ServedTier.DATABASE) {
                continue;
            }
            members.get(DATABASE_READS).add(to);
            if (link.access() == Access.READ_WRITE && index.component(to).settings() instanceof DatabaseSettings db
                    && db.role() == DatabaseRole.PRIMARY) {
                members.get(DATABASE_WRITES).add(to);
            }
        }
        Map<Tier, int[]> each = new EnumMap<>(Tier.class);
        members.forEach((tier, vertices) -> each.put(tier, vertices.stream().mapToInt(Integer::intValue).toArray()));
        return each;
    }
}
