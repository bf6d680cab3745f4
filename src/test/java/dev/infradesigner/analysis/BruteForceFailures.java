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

    /** The tiers users lose, by the definition, when the components {@code failed} (and what they host) are down. */
    static Set<Tier> lostWhen(Design design, Set<String> failed) {
        Set<String> down = new HashSet<>(failed);
        failed.forEach(id -> design.hostedOn(id).forEach(h -> down.add(h.id())));
        Map<Tier, Set<String>> tiers = tiers(design);
        Set<Tier> before = lost(design, Set.of(), tiers);
        Set<Tier> after = lost(design, down, tiers);
        after.removeAll(before);
        return after;
    }

    /** The tiers the design needs, by the definition: those it has members of. */
    public static Set<Tier> needed(Design design) {
        return tiers(design).keySet();
    }

    /**
     * The needed tiers users reach no member of, by the definition, with exactly the components
     * {@code down} down (what a down server hosts is not added: the caller says).
     */
    public static Set<Tier> unservedWith(Design design, Set<String> down) {
        return lost(design, down, tiers(design));
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
                if (traffic && l.from().equals(v) && !failed.contains(l.to()) && cabled(design, v, l.to(), failed)
                        && seen.add(l.to())) {
                    queue.add(l.to());
                }
            }
        }
        Set<Tier> lost = EnumSet.noneOf(Tier.class);
        // (the network layer's rule, from docs/rules.md, follows)
        tiers.forEach((tier, members) -> {
            if (members.stream().noneMatch(seen::contains)) {
                lost.add(tier);
            }
        });
        return lost;
    }

    private static final String INTERNET = "(the internet)";

    private static boolean device(Component c) {
        return c.kind() == ComponentKind.SWITCH || c.kind() == ComponentKind.ROUTER || c.kind() == ComponentKind.UPLINK;
    }

    /** Where a component is on the network: its server, itself for a server, the internet for users, or null. */
    private static String place(Design design, String id) {
        Component c = design.component(id).orElseThrow();
        if (c.kind() == ComponentKind.USERS) {
            return INTERNET;
        }
        if (c.kind() == ComponentKind.SERVER) {
            return id;
        }
        return c.hostId();
    }

    /**
     * docs/rules.md, "The network layer", read literally: with no device every hop is possible; otherwise a
     * hop between two different places needs a path of cables between them through devices that are up and
     * the internet (every uplink is on it), never through a server.
     */
    private static boolean cabled(Design design, String from, String to, Set<String> failed) {
        if (!memo(design).devices()) {
            return true;
        }
        String a = place(design, from);
        String b = place(design, to);
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        Set<String> seen = new HashSet<>(Set.of(a));
        Deque<String> queue = new ArrayDeque<>(Set.of(a));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : cablesOf(design, v)) {
                if (w.equals(b)) {
                    return true;
                }
                boolean transit = w.equals(INTERNET) || design.component(w).map(BruteForceFailures::device).orElse(false);
                if (transit && !failed.contains(w) && seen.add(w)) {
                    queue.add(w);
                }
            }
        }
        return false;
    }

    /** What the last design has, kept so that a search does not read every link at every step. */
    private record Memo(Design design, boolean devices, Map<String, Set<String>> cables) {
    }

    private static final ThreadLocal<Memo> MEMO = new ThreadLocal<>();

    private static Memo memo(Design design) {
        Memo last = MEMO.get();
        if (last == null || last.design() != design) {
            last = new Memo(design, design.components().stream().anyMatch(BruteForceFailures::device),
                    new java.util.HashMap<>());
            MEMO.set(last);
        }
        return last;
    }

    /** What {@code v} (a place, a device or the internet) has a cable to. */
    private static Set<String> cablesOf(Design design, String v) {
        return memo(design).cables().computeIfAbsent(v, k -> readCablesOf(design, k));
    }

    private static Set<String> readCablesOf(Design design, String v) {
        Set<String> out = new HashSet<>();
        for (Link l : design.links()) {
            if (l.protocol() != Protocol.NETWORK) {
                continue;
            }
            String a = cableEnd(design, l.from());
            String b = cableEnd(design, l.to());
            if (a != null && b != null) {
                if (a.equals(v)) {
                    out.add(b);
                }
                if (b.equals(v)) {
                    out.add(a);
                }
            }
        }
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.UPLINK) {
                if (v.equals(INTERNET)) {
                    out.add(c.id());
                }
                if (v.equals(c.id())) {
                    out.add(INTERNET);
                }
            }
        }
        out.remove(v);
        return out;
    }

    private static String cableEnd(Design design, String id) {
        Component c = design.component(id).orElseThrow();
        if (c.kind() == ComponentKind.USERS) {
            return INTERNET;
        }
        return c.kind() == ComponentKind.SERVER || device(c) ? id : null;
    }
}
