package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The definition of a single point of failure, run literally: take each failure domain down in turn and
 * search again from the users. Quadratic, obviously right: the oracle the engine is compared with.
 */
public final class BruteForceFailures {

    private BruteForceFailures() {
    }

    /** Brute force: every failure domain down in turn, a fresh search each time. */
    public static Map<String, Set<Tier>> of(Design design) {
        Map<Tier, Set<String>> tiers = new TreeMap<>();
        for (Tier t : Tier.values()) {
            if (!t.members(design).isEmpty()) {
                tiers.put(t, t.members(design));
            }
        }
        Map<String, Set<Tier>> result = new TreeMap<>();
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
            if (!lost.isEmpty()) {
                result.put(c.id(), lost);
            }
        }
        return result;
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
