package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The definition of a single point of failure, run literally: take each failure domain down in turn and
 * search again from the users. Quadratic, obviously right: the oracle the engine is compared with.
 */
public final class BruteForceFailures {

    private BruteForceFailures() {
    }

    /** Brute force: every failure domain down in turn, a fresh search each time. */
    public static Map<String, Set<Tier>> of(Design design) {
        Map<String, Set<Tier>> result = new TreeMap<>();
        domains(design).forEach((id, domain) -> result.put(id, domain.keySet()));
        return result;
    }

    /**
     * Each single point of failure's id, with each tier its loss cuts off and the components of its domain
     * whose loss alone (nothing else of the domain down) cuts that tier off too.
     */
    public static Map<String, Map<Tier, Set<String>>> domains(Design design) {
        Map<Tier, Set<String>> tiers = tiers(design);
        Map<String, Map<Tier, Set<String>>> result = new TreeMap<>();
        if (tiers.isEmpty() || !lost(design, Set.of(), tiers).isEmpty()) {
            return result;
        }
        for (Component c : design.components()) {
            if (c.hosted() || c.kind() == ComponentKind.USERS) {
                continue;
            }
            Set<String> failed = new HashSet<>(Set.of(c.id()));
            design.hostedOn(c.id()).forEach(h -> failed.add(h.id()));
            Set<Tier> lost = lost(design, failed, tiers);
            if (lost.isEmpty()) {
                continue;
            }
            Map<Tier, Set<String>> alone = new TreeMap<>();
            for (Tier tier : lost) {
                Set<String> cutting = new TreeSet<>();
                for (String part : failed) {
                    if (lost(design, Set.of(part), tiers).contains(tier)) {
                        cutting.add(part);
                    }
                }
                alone.put(tier, cutting);
            }
            result.put(c.id(), alone);
        }
        return result;
    }

    /**
     * The tiers the design needs, with their members, from the domain spec's definitions (not the
     * engine's {@code Tier}): web servers, application servers, the databases an application server links
     * to over MySQL, and the primaries one links to read-write.
     */
    static Map<Tier, Set<String>> tiers(Design design) {
        Map<Tier, Set<String>> tiers = new TreeMap<>();
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.WEB_SERVER) {
                tiers.computeIfAbsent(Tier.WEB, t -> new TreeSet<>()).add(c.id());
            }
            if (c.kind() == ComponentKind.APP_SERVER) {
                tiers.computeIfAbsent(Tier.APPLICATION, t -> new TreeSet<>()).add(c.id());
            }
        }
        for (Link l : design.links()) {
            Component from = design.component(l.from()).orElseThrow();
            Component to = design.component(l.to()).orElseThrow();
            if (from.kind() != ComponentKind.APP_SERVER || to.kind() != ComponentKind.DATABASE
                    || l.protocol() != Protocol.MYSQL) {
                continue;
            }
            tiers.computeIfAbsent(Tier.DATABASE_READS, t -> new TreeSet<>()).add(to.id());
            boolean primary = to.settings() instanceof DatabaseSettings db && db.role() == DatabaseRole.PRIMARY;
            if (primary && l.access() == Access.READ_WRITE) {
                tiers.computeIfAbsent(Tier.DATABASE_WRITES, t -> new TreeSet<>()).add(to.id());
            }
        }
        return tiers;
    }

    private static Set<Tier> lost(Design design, Set<String> failed, Map<Tier, Set<String>> tiers) {
        Map<String, java.util.List<Link>> out = new java.util.HashMap<>();
        design.links().forEach(l -> out.computeIfAbsent(l.from(), k -> new java.util.ArrayList<>()).add(l));
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        design.componentsOf(ComponentKind.USERS).forEach(u -> {
            seen.add(u.id());
            queue.add(u.id());
        });
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (Link l : out.getOrDefault(v, java.util.List.of())) {
                Component to = design.component(l.to()).orElseThrow();
                boolean traffic = l.protocol().userTraffic() && to.kind() != ComponentKind.DNS
                        && design.component(l.from()).orElseThrow().kind() != ComponentKind.DNS;
                if (traffic && l.from().equals(v) && !failed.contains(l.to()) && seen.add(l.to())) {
                    queue.add(l.to());
                }
            }
        }
        Set<Tier> lost = EnumSet.noneOf(Tier.class);
        tiers.forEach((tier, members) -> {
            if (members.stream().noneMatch(seen::contains)) {
                lost.add(tier);
            }
        });
        return lost;
    }
}
