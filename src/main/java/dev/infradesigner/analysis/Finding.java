package dev.infradesigner.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One problem the audit found: which rule, how bad, what is wrong in words a person understands, which
 * components it concerns, and how to fix it.
 *
 * @param ruleId       the stable rule id, such as {@code spof.load-balancer}
 * @param severity     how bad it is
 * @param title        the rule's short title
 * @param message      what is wrong here, naming the components by label
 * @param fix          what to do about it, in one or two sentences
 * @param componentIds the components it concerns, most important first
 * @param suppression  why the design accepts this finding, or {@code null} when it is not suppressed
 */
public record Finding(String ruleId, Severity severity, String title, String message, String fix,
        List<String> componentIds, String suppression) {

    /** A finding that is not suppressed. */
    public Finding(String ruleId, Severity severity, String title, String message, String fix,
            List<String> componentIds) {
        this(ruleId, severity, title, message, fix, componentIds, null);
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        componentIds = List.copyOf(componentIds);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** The same finding, accepted for {@code reason}. */
    public Finding suppressedBecause(String reason) {
        return new Finding(ruleId, severity, title, message, fix, componentIds, reason);
    }
}
