package dev.infradesigner.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break one of the design's invariants. It lists every violation found, not
 * just the first, so a person can fix a file in one go.
 */
public final class InvalidDesignException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidDesignException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid design needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** A single violation at {@code path}. */
    public static InvalidDesignException of(String path, String message) {
        return new InvalidDesignException(List.of(new Violation(path, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violations with {@code prefix} put in front of every path. */
    public InvalidDesignException under(String prefix) {
        return new InvalidDesignException(violations.stream().map(v -> v.under(prefix)).toList());
    }

    /** Runs {@code check}; if it finds violations, adds them to {@code violations} instead of throwing. */
    public static void collect(List<Violation> violations, Runnable check) {
        try {
            check.run();
        } catch (InvalidDesignException e) {
            violations.addAll(e.violations());
        }
    }
}
