package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
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
        Keys keys = new Keys(ruleOrder.size());
        for (AuditRule rule : rules) {
            int order = ruleOrder.get(rule.id());
            // Each finding is keyed as soon as its rule makes it, while it is still in the cache.
            rule.check(context, finding -> keys.add(anySuppressions ? suppression(design, finding)
                    .map(finding::suppressedBecause).orElse(finding) : finding, order));
        }
        return keys.sorted();
    }

    /**
     * Each finding's place in the order, read into ints and longs as it is made, so sorting compares no
     * strings: unsuppressed first, then by severity, rule id and first component id (strings are compared
     * only when the first 16 characters of the ids tie). At 100,000 components there are tens of thousands
     * of findings. The keys are kept in arrays and turned into objects only to sort, all at once, grouped
     * by severity and rule: made one per finding as it came, they lay scattered among the findings'
     * messages, and the sort missed the cache on each; and a rule's findings arrive in the design's order
     * but with its severities mixed, which left the sort many short runs to merge.
     */
    private static final class Keys {
        private final int rules;
        private int count;
        private int[] rank = new int[64];
        private long[] head = new long[64];
        private long[] tail = new long[64];
        private Finding[] findings = new Finding[64];

        Keys(int rules) {
            this.rules = rules;
        }

        /** Keys {@code f}, made by the rule at {@code order} in the order of rule ids. */
        void add(Finding f, int order) {
            if (count == findings.length) {
                int size = count * 2;
                rank = Arrays.copyOf(rank, size);
                head = Arrays.copyOf(head, size);
                tail = Arrays.copyOf(tail, size);
                findings = Arrays.copyOf(findings, size);
            }
            int severity = (f.suppressed() ? Severity.values().length : 0) + f.severity().ordinal();
            String first = first(f);
            rank[count] = severity * rules + order;
            head[count] = packed(first, 0);
            tail[count] = packed(first, 8);
            findings[count++] = f;
        }

        List<Finding> sorted() {
            // Grouped by rank first (a counting sort, which keeps each rule's order), then sorted.
            int[] start = new int[2 * Severity.values().length * rules + 1];
            for (int i = 0; i < count; i++) {
                start[rank[i] + 1]++;
            }
            for (int r = 1; r < start.length; r++) {
                start[r] += start[r - 1];
            }
            Keyed[] keyed = new Keyed[count];
            for (int i = 0; i < count; i++) {
                keyed[start[rank[i]]++] = new Keyed(rank[i], head[i], tail[i], findings[i]);
            }
            Arrays.sort(keyed);
            Finding[] out = new Finding[count];
            for (int i = 0; i < count; i++) {
                out[i] = keyed[i].finding();
            }
            return List.of(out);
        }
    }

    private static String first(Finding f) {
        return f.componentIds().isEmpty() ? "" : f.componentIds().get(0);
    }

    private record Keyed(int rank, long head, long tail, Finding finding) implements Comparable<Keyed> {

        @Override
        public int compareTo(Keyed b) {
            int by = Integer.compare(rank, b.rank);
            if (by == 0) {
                by = Long.compareUnsigned(head, b.head);
            }
            if (by == 0) {
                by = Long.compareUnsigned(tail, b.tail);
            }
            if (by == 0) {
                by = first(finding).compareTo(first(b.finding));
            }
            return by != 0 ? by : finding.ruleId().compareTo(b.finding.ruleId());
        }
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
