package dev.infradesigner.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.BruteForceFailures;
import dev.infradesigner.analysis.RandomNetworks;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine against the definition run literally: every combination of parts up and down, weighed and
 * searched by the brute-force oracle of the failure analysis (which shares no code with the engine), on
 * 2,000 random designs of up to 16 parts, a third of them on a random network, every part with a random
 * availability. The engine must be exact on each, for reads and for writes, and its bounds must hold the
 * exact value when its budget is cut short.
 */
class AvailabilityOracleTest {

    private static final int DESIGNS = 2_000;
    private static final int MAX_PARTS = 16;

    @Test
    void theEngineIsExactOnEveryRandomDesign() {
        Random r = new Random(20261204);
        int checked = 0;
        int withNetwork = 0;
        int largest = 0;
        int cutShort = 0;
        for (long seed = 0; checked < DESIGNS; seed++) {
            Design design = small(new Random(seed));
            if (seed % 3 == 0) {
                design = RandomNetworks.under(design, seed);
            }
            Map<String, Double> up = new HashMap<>();
            List<Part> parts = parts(design, up, r);
            boolean networked = seed % 3 == 0;
            if (parts.size() > MAX_PARTS || parts.size() > (networked ? 14 : 12) && seed % 10 != 0) {
                continue; // keep the enumeration short: most designs small, one in ten up to 16 parts
            }
            checked++;
            largest = Math.max(largest, parts.size());
            withNetwork += networked ? 1 : 0;
            DesignAvailability.Availabilities given = new DesignAvailability.Availabilities() {
                @Override
                public double domain(Component c) {
                    return up.getOrDefault(c.id(), 1.0);
                }

                @Override
                public double hosted(Component c) {
                    return up.getOrDefault(c.id(), 1.0);
                }
            };
            double[] truth = enumerate(design, parts, up);
            DesignAvailability engine = DesignAvailability.of(design, given);
            String what = design.name() + " (" + parts.size() + " parts)";
            assertTrue(engine.reads().exact(), what);
            assertEquals(truth[0], engine.reads().value(), 1e-12, what + " reads");
            boolean writes = BruteForceFailures.needed(design).contains(Tier.DATABASE_WRITES);
            assertEquals(writes, engine.writes() != null, what);
            if (writes) {
                assertEquals(truth[1], engine.writes().value(), 1e-12, what + " writes");
            }
            // Cut short, the bounds must still hold the truth.
            Estimate early = DesignAvailability.of(design, given, 3).reads();
            assertTrue(early.lower() <= truth[0] + 1e-12 && truth[0] <= early.upper() + 1e-12,
                    what + ": " + early + " should hold " + truth[0]);
            cutShort += early.exact() ? 0 : 1;
        }
        assertEquals(DESIGNS, checked);
        assertTrue(largest == MAX_PARTS, "the largest designs reach " + MAX_PARTS + " parts: " + largest);
        assertTrue(withNetwork > DESIGNS / 5, "two-layer designs: " + withNetwork);
        assertTrue(cutShort > DESIGNS / 4, "designs whose bounds were checked cut short: " + cutShort);
    }

    /** A part, by the definition: a failure domain (and what it takes down), or a hosted component alone. */
    private record Part(String id, Set<String> takesDown) {
    }

    /**
     * Every part of the design with a random availability: each failure domain (a server, a component on no
     * server other than users, a network device) and each component on a server.
     */
    private static List<Part> parts(Design design, Map<String, Double> up, Random r) {
        List<Part> parts = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.USERS) {
                continue;
            }
            Set<String> down = new HashSet<>(Set.of(c.id()));
            if (!c.hosted()) {
                design.hostedOn(c.id()).forEach(h -> down.add(h.id()));
            }
            parts.add(new Part(c.id(), down));
            up.put(c.id(), 0.5 + r.nextDouble() / 2);
        }
        return parts;
    }

    /** Reads' and writes' availability: every state of the parts, weighed, searched from the users. */
    private static double[] enumerate(Design design, List<Part> parts, Map<String, Double> up) {
        Set<Tier> needed = BruteForceFailures.needed(design);
        double reads = 0;
        double writes = 0;
        int n = parts.size();
        for (int state = 0; state < 1 << n; state++) {
            double p = 1;
            Set<String> down = new HashSet<>();
            for (int i = 0; i < n; i++) {
                boolean isDown = (state >> i & 1) == 1;
                double a = up.get(parts.get(i).id());
                p *= isDown ? 1 - a : a;
                if (isDown) {
                    down.addAll(parts.get(i).takesDown());
                }
            }
            Set<Tier> unserved = BruteForceFailures.unservedWith(design, down);
            boolean readsUp = unserved.stream().noneMatch(t -> t != Tier.DATABASE_WRITES && needed.contains(t));
            if (readsUp) {
                reads += p;
                if (!unserved.contains(Tier.DATABASE_WRITES)) {
                    writes += p;
                }
            }
        }
        return new double[] {reads, writes};
    }

    /** A small web stack: users, load balancers, web and application servers, databases, on a few servers. */
    private static Design small(Random r) {
        Bounds b = new Bounds(0, 0, 10, 10);
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        components.add(Component.create("users", ComponentKind.USERS, "Users", b));
        int servers = 1 + r.nextInt(4);
        for (int s = 0; s < servers; s++) {
            components.add(Component.create("s" + s, ComponentKind.SERVER, "s" + s, b));
        }
        List<String> lbs = layer(components, r, "lb", ComponentKind.LOAD_BALANCER, r.nextInt(3), servers);
        List<String> webs = layer(components, r, "web", ComponentKind.WEB_SERVER, 1 + r.nextInt(3), servers);
        List<String> apps = layer(components, r, "app", ComponentKind.APP_SERVER, r.nextInt(3), servers);
        List<String> dbs = layer(components, r, "db", ComponentKind.DATABASE, r.nextInt(3), servers);
        // The first database is the primary; the others are replicas of it now and then.
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (dbs.indexOf(c.id()) > 0 && r.nextBoolean()) {
                components.set(i, c.withSettings(new DatabaseSettings("mysql", DatabaseRole.REPLICA, dbs.get(0), 3306)));
            }
        }
        connect(links, r, List.of("users"), lbs.isEmpty() ? webs : lbs, Protocol.HTTP);
        connect(links, r, lbs, webs, Protocol.HTTP);
        connect(links, r, webs, apps, Protocol.HTTP);
        for (String app : apps) {
            for (String db : dbs) {
                if (r.nextInt(3) > 0) {
                    links.add(new Link("l" + links.size(), app, db, Protocol.MYSQL, 3306,
                            r.nextBoolean() ? Access.READ_WRITE : Access.READ, false));
                }
            }
        }
        return new Design("small " + components.size(), components, links);
    }

    private static List<String> layer(List<Component> components, Random r, String prefix, ComponentKind kind,
            int count, int servers) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Component c = Component.create(prefix + i, kind, prefix + i, new Bounds(0, 0, 10, 10));
            if (r.nextInt(5) > 0) {
                c = c.withHost("s" + r.nextInt(servers));
            }
            components.add(c);
            ids.add(c.id());
        }
        return ids;
    }

    private static void connect(List<Link> links, Random r, List<String> from, List<String> to, Protocol protocol) {
        for (String f : from) {
            for (String t : to) {
                if (r.nextInt(3) > 0) {
                    links.add(Link.of("l" + links.size(), f, t, protocol));
                }
            }
        }
    }
}
