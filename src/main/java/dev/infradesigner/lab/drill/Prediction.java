package dev.infradesigner.lab.drill;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Tier;
import dev.infradesigner.analysis.WhatIf;
import dev.infradesigner.model.Design;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the audit says users lose when a failure domain fails: the tiers its what-if analysis loses, and
 * the {@code spof.*} findings that name the domain or anything in it.
 *
 * @param lostTiers the tiers users can no longer reach
 * @param findings  the ids of the single-point-of-failure findings naming it
 */
public record Prediction(Set<Tier> lostTiers, List<String> findings) {

    /** What users should see while it is down. */
    public enum Outcome {
        /** nothing after the health checks react */
        NO_LOSS("no loss"),
        /** writes fail, reads go on */
        WRITES_LOST("writes lost"),
        /** users are cut off */
        CUT_OFF("cut off");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Prediction {
        lostTiers = lostTiers.isEmpty() ? EnumSet.noneOf(Tier.class) : EnumSet.copyOf(lostTiers);
        findings = List.copyOf(findings);
    }

    /** The audit's answer for failing {@code ids} (a server takes what it hosts with it). */
    static Prediction of(Design design, List<Finding> audit, List<String> ids) {
        Set<Tier> lost = Set.copyOf(WhatIf.simulate(design, ids).lostTiers());
        java.util.Set<String> inside = new java.util.HashSet<>(ids);
        ids.forEach(id -> design.hostedOn(id).forEach(c -> inside.add(c.id())));
        List<String> named = audit.stream()
                .filter(f -> f.ruleId().startsWith("spof.") || f.ruleId().equals("network.single-uplink"))
                .filter(f -> f.componentIds().stream().anyMatch(inside::contains)).map(Finding::ruleId).distinct()
                .toList();
        return new Prediction(lost, named);
    }

    public Outcome outcome() {
        if (lostTiers.contains(Tier.WEB) || lostTiers.contains(Tier.APPLICATION)
                || lostTiers.contains(Tier.DATABASE_READS)) {
            return Outcome.CUT_OFF;
        }
        return lostTiers.contains(Tier.DATABASE_WRITES) ? Outcome.WRITES_LOST : Outcome.NO_LOSS;
    }

    /** "spof.load-balancer: cut off", or "not a single point of failure". */
    public String describe() {
        return findings.isEmpty() ? outcome() == Outcome.NO_LOSS ? "no SPOF" : outcome().words()
                : String.join(", ", findings) + ": " + outcome().words();
    }
}
