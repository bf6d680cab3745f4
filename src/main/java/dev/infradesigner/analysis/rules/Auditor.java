package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.Arrays;
import java.util.Collections;
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
        Keys keys = new Keys(design, ruleOrder.size());
        for (AuditRule rule : rules) {
            int order = ruleOrder.get(rule.id());
            keys.nextRule();
            rule.check(context, finding -> keys.add(anySuppressions ? suppression(design, finding)
                    .map(finding::suppressedBecause).orElse(finding) : finding, order));
        }
        return keys.sorted();
    }

    /**
     * Each finding's place in the order, kept in int arrays as it is made: unsuppressed first, then by
     * severity, rule id and the place of its first component in the design (the order of the file, as a
     * linter orders by line), then in the order its rule reported it. No id is read to sort: at 100,000
     * components there are tens of thousands of findings, and reading their ids' characters missed the
     * cache on each. Rules report their findings mostly in the design's order, so each finding's first
     * component is found a few places after the last one's, by reference, and each rule's findings are
     * usually in order already: grouping them by severity and rule is a counting sort, and what is left
     * to sort is the rare group that came out of order.
     */
    private static final class Keys {
        /** How far past the last finding's component the next one's is looked for before asking the map. */
        private static final int LOOK_AHEAD = 16;

        private final Design design;
        private final int components;
        private final int rules;
        private int count;
        private int cursor;
        private int[] rank = new int[64];
        private int[] place = new int[64];
        private Finding[] findings = new Finding[64];

        Keys(Design design, int rules) {
            this.design = design;
            this.components = design.components().size();
            this.rules = rules;
        }

        /** The next findings come from another rule, which starts again from the design's beginning. */
        void nextRule() {
            cursor = 0;
        }

        /** Keys {@code f}, made by the rule at {@code order} in the order of rule ids. */
        void add(Finding f, int order) {
            if (count == findings.length) {
                int size = count * 2;
                rank = Arrays.copyOf(rank, size);
                place = Arrays.copyOf(place, size);
                findings = Arrays.copyOf(findings, size);
            }
            int severity = (f.suppressed() ? Severity.values().length : 0) + f.severity().ordinal();
            rank[count] = severity * rules + order;
            place[count] = placeOf(f);
            findings[count++] = f;
        }

        /** Where the first component of {@code f} is in the design; -1 when it names none of this design. */
        private int placeOf(Finding f) {
            if (f.componentIds().isEmpty()) {
                return -1;
            }
            String id = f.componentIds().get(0);
            for (int p = cursor, end = Math.min(components, cursor + LOOK_AHEAD); p < end; p++) {
                if (design.idAt(p) == id) {
                    return cursor = p;
                }
            }
            int p = design.indexOf(id);
            cursor = Math.max(p, 0);
            return p;
        }

        List<Finding> sorted() {
            int groups = 2 * Severity.values().length * rules;
            int[] begin = new int[groups + 1];
            for (int i = 0; i < count; i++) {
                begin[rank[i] + 1]++;
            }
            for (int r = 1; r <= groups; r++) {
                begin[r] += begin[r - 1];
            }
            int[] next = Arrays.copyOf(begin, groups);
            Finding[] out = new Finding[count];
            int[] outPlace = new int[count];
            for (int i = 0; i < count; i++) {
                int at = next[rank[i]]++;
                out[at] = findings[i];
                outPlace[at] = place[i];
            }
            for (int r = 0; r < groups; r++) {
                sortByPlace(out, outPlace, begin[r], begin[r + 1]);
            }
            return Collections.unmodifiableList(Arrays.asList(out)); // no copy: nothing else holds out
        }

        /** Sorts {@code out[from..to)} by {@code place}, keeping the order of equal places. */
        private static void sortByPlace(Finding[] out, int[] place, int from, int to) {
            int i = from + 1;
            while (i < to && place[i - 1] <= place[i]) {
                i++;
            }
            if (i >= to) {
                return; // in order already, as most are
            }
            long[] keyed = new long[to - from];
            for (int j = 0; j < keyed.length; j++) {
                keyed[j] = (long) (place[from + j] + 1) << 32 | j;
            }
            Arrays.sort(keyed);
            Finding[] group = Arrays.copyOfRange(out, from, to);
            for (int j = 0; j < keyed.length; j++) {
                out[from + j] = group[(int) keyed[j]];
            }
        }
    }
}
