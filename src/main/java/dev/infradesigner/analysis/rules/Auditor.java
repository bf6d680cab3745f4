package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs every rule over a design and returns the findings, worst first, in a stable order. */
public final class Auditor {

    private final List<AuditRule> rules;
    /** Each rule id's place in the order of rule ids: findings are sorted by it within a severity. */
    private final Map<String, Integer> ruleOrder = new HashMap<>();

    public Auditor() {
        this(Rules.all());
    }

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
        this.rules.stream().map(AuditRule::id).sorted().forEach(id -> ruleOrder.putIfAbsent(id, ruleOrder.size()));
    }

    /** The reason a finding is accepted: a suppression of its rule on the design or on one of its components. */
    private static Optional<String> suppression(Design design, Finding finding) {
        Stream<Suppression> candidates = Stream.concat(design.suppressions().stream(),
                finding.componentIds().stream().flatMap(id -> design.component(id).stream())
                        .flatMap(c -> c.suppressions().stream()));
        return candidates.filter(s -> s.rule().equals(finding.ruleId())).map(Suppression::reason).findFirst();
    }

    public List<Finding> audit(Design design) {
        AuditContext context = new AuditContext(design);
        boolean anySuppressions = design.anySuppressions();
        List<Keyed> keyed = new ArrayList<>();
        for (AuditRule rule : rules) {
            int order = ruleOrder.get(rule.id());
            // Each finding is keyed as soon as its rule makes it, while it is still in the cache.
            rule.check(context, finding -> {
                Finding f = anySuppressions ? suppression(design, finding).map(finding::suppressedBecause)
                        .orElse(finding) : finding;
                keyed.add(Keyed.of(f, order, ruleOrder.size()));
            });
        }
        return sorted(keyed);
    }

    /** A finding with its place in the order read into ints and longs, so sorting compares no strings. */
    private record Keyed(int rank, long head, long tail, String first, Finding finding) {

        /** {@code f}, made by the rule at {@code order} of {@code rules} in the order of rule ids. */
        static Keyed of(Finding f, int order, int rules) {
            int severity = (f.suppressed() ? Severity.values().length : 0) + f.severity().ordinal();
            String first = f.componentIds().isEmpty() ? "" : f.componentIds().get(0);
            return new Keyed(severity * rules + order, packed(first, 0), packed(first, 8), first, f);
        }
    }

    /**
     * Unsuppressed first, then by severity, rule id and first component id. At 100,000 components there are
     * tens of thousands of findings, and comparing them by reading their strings on every comparison took
     * longer than all the rules: each finding's place is read once into ints and longs, and the strings are
     * compared only when those tie.
     */
    private static List<Finding> sorted(List<Keyed> keyed) {
        Keyed[] array = keyed.toArray(new Keyed[0]);
        Arrays.sort(array, (a, b) -> {
            int by = Integer.compare(a.rank(), b.rank());
            if (by == 0) {
                by = Long.compareUnsigned(a.head(), b.head());
            }
            if (by == 0) {
                by = Long.compareUnsigned(a.tail(), b.tail());
            }
            if (by == 0) {
                by = a.first().compareTo(b.first());
            }
            return by != 0 ? by : a.finding().ruleId().compareTo(b.finding().ruleId());
        });
        Finding[] out = new Finding[array.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = array[i].finding();
        }
        return List.of(out);
    }

    /**
     * Characters {@code from} to {@code from + 7} of {@code s}, one byte each, padded with zeros: unsigned
     * comparison of these orders as {@link String#compareTo} does (ids are ASCII). From the first character
     * wider than a byte on, every byte is 0xFF, so two such strings tie and are compared as strings.
     */
    static long packed(String s, int from) {
        long key = 0;
        boolean wide = false;
        for (int i = 0; i < from + 8; i++) {
            char c = i < s.length() ? s.charAt(i) : 0;
            wide |= c > 0xFF;
            if (i >= from) {
                key = key << 8 | (wide ? 0xFF : c);
            }
        }
        return key;
    }
}
