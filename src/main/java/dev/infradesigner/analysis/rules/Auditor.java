package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.DesignIndex;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
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

    /**
     * Every rule's findings, in a stable order: unsuppressed first, then by severity (worst first), rule
     * id and the place of the finding's first component in the design (the order of the file, as a linter
     * orders by line); findings equal in all of that keep the order their rule reported them in.
     */
    public List<Finding> audit(Design design) {
        AuditContext context = new AuditContext(design);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            rule.check(context, finding -> findings.add(design.anySuppressions()
                    ? suppression(design, finding).map(finding::suppressedBecause).orElse(finding) : finding));
        }
        DesignIndex index = context.index();
        ToIntFunction<Finding> place = f -> f.componentIds().isEmpty() ? -1 : index.indexOf(f.componentIds().get(0));
        findings.sort(Comparator.comparing(Finding::suppressed).thenComparing(Finding::severity)
                .thenComparing(Finding::ruleId).thenComparingInt(place));
        return Collections.unmodifiableList(findings);
    }
}
