package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over a design and returns the findings, worst first, in a stable order. */
public final class Auditor {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.componentIds().isEmpty() ? "" : f.componentIds().get(0));

    private final List<AuditRule> rules;

    public Auditor() {
        this(Rules.all());
    }

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> audit(Design design) {
        AuditContext context = new AuditContext(design);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.check(context));
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
