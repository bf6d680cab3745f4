package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What users lose when chosen components or servers fail: the editor's "simulate failure". A failed
 * server takes everything it hosts; users never fail. Answers in one breadth-first search each way.
 *
 * @param failed    every component that is down (servers with what they host)
 * @param cutOff    components users reached before and no longer reach, though they are up
 * @param lostTiers the tiers the design serves that users can no longer reach
 */
public record WhatIf(Set<String> failed, Set<String> cutOff, List<Tier> lostTiers) {

    public WhatIf {
        failed = Set.copyOf(failed);
        cutOff = Set.copyOf(cutOff);
        lostTiers = List.copyOf(lostTiers);
    }

    public static WhatIf simulate(Design design, Collection<String> failedIds) {
        Set<String> down = new LinkedHashSet<>();
        for (String id : failedIds) {
            design.component(id).filter(c -> c.kind() != ComponentKind.USERS).ifPresent(c -> {
                down.add(c.id());
                design.hostedOn(c.id()).forEach(h -> down.add(h.id()));
            });
        }
        TrafficGraph graph = new TrafficGraph(design);
        boolean[] mask = new boolean[graph.size()];
        for (int v = 0; v < mask.length; v++) {
            mask[v] = down.contains(graph.component(v).id());
        }
        boolean[] after = graph.reachable(mask);
        Set<String> cutOff = new LinkedHashSet<>();
        for (int v = 0; v < mask.length; v++) {
            Component c = graph.component(v);
            if (graph.reached(v) && !after[v] && !mask[v]) {
                cutOff.add(c.id());
            }
        }
        List<Tier> lost = new ArrayList<>();
        Tier.verticesOfEach(graph).forEach((tier, members) -> {
            boolean servedBefore = false;
            boolean servedAfter = false;
            for (int v : members) {
                servedBefore |= graph.reached(v);
                servedAfter |= after[v] && !mask[v];
            }
            if (servedBefore && !servedAfter) {
                lost.add(tier);
            }
        });
        return new WhatIf(down, cutOff, lost);
    }

    /** "users cannot reach: web servers, database writes", or that they still reach everything. */
    public String summary() {
        if (failed.isEmpty()) {
            return "";
        }
        if (lostTiers.isEmpty()) {
            return "Users still reach every tier" + (cutOff.isEmpty() ? "" : cutOff.size() == 1
                    ? " (1 component is cut off)" : " (" + cutOff.size() + " components are cut off)");
        }
        return "Users cannot reach: " + String.join(", ", lostTiers.stream().map(Tier::description).toList());
    }
}
