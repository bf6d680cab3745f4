package dev.infradesigner.analysis;

import java.util.List;

/**
 * One check of a design. Rules are small and independent, like a linter's, so each can be read, tested
 * and documented on its own; they share the expensive graph work through the {@link AuditContext}.
 */
public interface AuditRule {

    /** The stable id (public interface: suppressions, SARIF and scripts depend on it). */
    String id();

    /** A short title, such as "Single load balancer". */
    String title();

    /** The findings for the design in {@code context}; empty when all is well. */
    List<Finding> check(AuditContext context);

    /** A finding of this rule. */
    default Finding finding(Severity severity, String message, String fix, List<String> componentIds) {
        return new Finding(id(), severity, title(), message, fix, componentIds);
    }
}
