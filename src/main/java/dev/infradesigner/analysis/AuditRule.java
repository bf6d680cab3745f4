package dev.infradesigner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One check of a design. Rules are small and independent, like a linter's, so each can be read, tested
 * and documented on its own; they share the expensive graph work through the {@link AuditContext}.
 */
public interface AuditRule {

    /** The stable id (public interface: suppressions, SARIF and scripts depend on it). */
    String id();

    /** A short title, such as "Single load balancer". */
    String title();

    /**
     * Reports each finding for the design in {@code context} as soon as it is made, like a linter rule's
     * {@code context.report}. The auditor takes each finding's place in its order right then: at 100,000
     * components a rule makes tens of thousands of findings, and reading them again from a list once the
     * rule is done cost a cache miss each (the finding, its first component's id, that id's characters).
     */
    void check(AuditContext context, Consumer<Finding> report);

    /** The findings for the design in {@code context}, in the order the rule reports them; empty when all is well. */
    default List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        check(context, findings::add);
        return findings;
    }

    /** A finding of this rule. */
    default Finding finding(Severity severity, String message, String fix, List<String> componentIds) {
        return new Finding(id(), severity, title(), message, fix, componentIds);
    }
}
