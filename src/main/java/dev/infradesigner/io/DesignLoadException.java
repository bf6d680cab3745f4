package dev.infradesigner.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A design file that cannot be loaded, with every problem found. Loading either yields a whole, valid
 * design or this exception: never a half-loaded design, never a stack trace for the user.
 */
public final class DesignLoadException extends Exception {

    private final transient List<LoadProblem> problems;

    public DesignLoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static DesignLoadException of(String message) {
        return new DesignLoadException(List.of(LoadProblem.of("", message)));
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
