package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs every rule over a design and returns the findings, worst first, in a stable order. */
public final class Auditor {

    private final List<AuditRule> rules;

    public Auditor() {
        this(Rules.all());
    }

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
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
        boolean anySuppressions = !design.suppressions().isEmpty()
                || design.components().stream().anyMatch(c -> !c.suppressions().isEmpty());
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            for (Finding finding : rule.check(context)) {
                findings.add(anySuppressions ? suppression(design, finding).map(finding::suppressedBecause)
                        .orElse(finding) : finding);
            }
        }
        return sorted(findings);
    }

    /**
     * Unsuppressed first, then by severity, rule id and first component id, with each finding's key read once: at 100,000 components there are tens of thousands
     * of findings, and a comparator that reads them through accessors on every comparison dominated.
     */
    private static List<Finding> sorted(List<Finding> findings) {
        record Keyed(int rank, String ruleId, String first, Finding finding) {
        }
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            keyed.add(new Keyed((f.suppressed() ? Severity.values().length : 0) + f.severity().ordinal(), f.ruleId(),
                    f.componentIds().isEmpty() ? "" : f.componentIds().get(0), f));
        }
        keyed.sort(Comparator.comparingInt(Keyed::rank).thenComparing(Keyed::ruleId).thenComparing(Keyed::first));
        Finding[] out = new Finding[keyed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyed.get(i).finding();
        }
        return List.of(out);
    }
}
