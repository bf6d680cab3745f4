package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs every rule over a design and returns the findings, worst first, in a stable order. */
public final class Auditor {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::suppressed)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.componentIds().isEmpty() ? "" : f.componentIds().get(0));

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
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            for (Finding finding : rule.check(context)) {
                findings.add(suppression(design, finding).map(finding::suppressedBecause).orElse(finding));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
