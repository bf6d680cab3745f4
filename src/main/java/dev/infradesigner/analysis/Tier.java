package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServedTier;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

    /** Bits of what applications do with a database, while the tiers are found. */
    private static final byte READ = 1;
    private static final byte WRITE = 2;

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
     * {@link #vertices} of every tier at once. Plain loops over the design's arrays, one over the components
     * and one over the links for all four tiers: this runs on every audit, and at 100,000 components a
     * stream, or a pass per tier, cost more than the search that follows.
     */
    public static Map<Tier, int[]> verticesOfEach(TrafficGraph graph) {
        int n = graph.size();
        int web = 0;
        int applications = 0;
        for (int v = 0; v < n; v++) {
            ComponentKind kind = graph.kindOf(v);
            web += kind.servedTier() == ServedTier.WEB ? 1 : 0;
            applications += kind.servedTier() == ServedTier.APPLICATION ? 1 : 0;
        }
        int[] webVertices = new int[web];
        int[] applicationVertices = new int[applications];
        for (int v = 0, w = 0, a = 0; v < n && w + a < web + applications; v++) {
            ComponentKind kind = graph.kindOf(v);
            if (kind.servedTier() == ServedTier.WEB) {
                webVertices[w++] = v;
            } else if (kind.servedTier() == ServedTier.APPLICATION) {
                applicationVertices[a++] = v;
            }
        }
        // Vertices are numbered as the design's components, so the design's link ends are vertices.
        Design design = graph.design();
        int links = design.links().size();
        byte[] database = new byte[n]; // READ and WRITE bits: applications read it, write it
        int reads = 0;
        int writes = 0;
        for (int e = 0; e < links; e++) {
            if (design.protocolAt(e) != Protocol.MYSQL) {
                continue;
            }
            int to = design.linkTargetIndex(e);
            if (graph.kindOf(design.linkSourceIndex(e)).servedTier() != ServedTier.APPLICATION
                    || graph.kindOf(to).servedTier() != ServedTier.DATABASE) {
                continue;
            }
            if ((database[to] & READ) == 0) {
                database[to] |= READ;
                reads++;
            }
            if ((database[to] & WRITE) == 0 && design.accessAt(e) == Access.READ_WRITE
                    && design.roleAt(to) == DatabaseRole.PRIMARY) {
                database[to] |= WRITE;
                writes++;
            }
        }
        int[] readVertices = new int[reads];
        int[] writeVertices = new int[writes];
        for (int v = 0, r = 0, w = 0; r < reads; v++) {
            if ((database[v] & READ) != 0) {
                readVertices[r++] = v;
            }
            if ((database[v] & WRITE) != 0) {
                writeVertices[w++] = v;
            }
        }
        Map<Tier, int[]> each = new EnumMap<>(Tier.class);
        each.put(WEB, webVertices);
        each.put(APPLICATION, applicationVertices);
        each.put(DATABASE_READS, readVertices);
        each.put(DATABASE_WRITES, writeVertices);
        return each;
    }
}
