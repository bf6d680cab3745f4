package dev.infradesigner.cli;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.LoadProblem;
import dev.infradesigner.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The design a command is given, loaded the way every command reports a bad file: each problem, with its place. */
final class DesignArgument {

    private DesignArgument() {
    }

    /** The design in {@code file}, or empty after printing why it cannot be loaded. */
    static Optional<Design> load(Path file, PrintWriter err) {
        try {
            return Optional.of(DesignFiles.load(file));
        } catch (DesignLoadException e) {
            for (LoadProblem problem : e.problems()) {
                err.printf("%s: %s%n", file, problem);
            }
            err.flush();
            return Optional.empty();
        }
    }
}
