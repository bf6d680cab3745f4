package dev.infradesigner.model;

/**
 * A decision, written into the design, that a rule's findings about a component (or the whole design)
 * are known and accepted. The reason is required: a suppression nobody can explain is a hidden problem.
 *
 * @param rule   the id of the rule suppressed
 * @param reason why it is accepted
 */
public record Suppression(String rule, String reason) {

    public Suppression {
        if (rule == null) {
            throw InvalidDesignException.of("rule", "is missing");
        }
        if (!RuleIds.ALL.contains(rule)) {
            throw InvalidDesignException.of("rule", "\"" + (rule.length() > 60 ? rule.substring(0, 57) + "..." : rule)
                    + "\" is not a rule id (see docs/rules.md)");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidDesignException.of("reason", "a suppression needs a reason");
        }
        Checks.text("reason", reason, 500);
    }
}
