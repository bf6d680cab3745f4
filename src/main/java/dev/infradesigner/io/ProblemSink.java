package dev.infradesigner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one load, each placed at the line and column of the element being read, and
 * stops collecting past a limit so a garbage file does not produce a million messages.
 */
final class ProblemSink {

    static final int LIMIT = 100;

    private final List<LoadProblem> problems = new ArrayList<>();
    private int dropped;
    private LoadProblem firstDropped;
    private int line;
    private int column;

    /** Sets the place in the file that the next problems belong to. */
    void at(int newLine, int newColumn) {
        line = newLine;
        column = newColumn;
    }

    void add(String path, String message) {
        add(new LoadProblem(path, message, line, column));
    }

    void add(LoadProblem problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            if (dropped == 0) {
                firstDropped = problem;
            }
            dropped++;
        }
    }

    /** How many problems were found so far, including those past the limit. */
    int count() {
        return problems.size() + dropped;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<LoadProblem> all() {
        List<LoadProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            // Placed where the first one left out is, so the summary too says where to look.
            all.add(new LoadProblem("", "... and " + dropped + " more problems", firstDropped.line(),
                    firstDropped.column()));
        }
        return all;
    }
}
