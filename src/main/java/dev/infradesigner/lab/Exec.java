package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs the system commands the lab is made of ({@code ip}, {@code mariadb}, {@code openssl}...), each
 * bounded in time ({@link ProcessRunner}), so that a command that hangs fails the lab with what it printed
 * instead of hanging it.
 */
public final class Exec {

    private Exec() {
    }

    /** Runs {@code command} to its end or until {@code timeout}, when it is killed (exit code -1). */
    public static ProcessRunner.Result run(Duration timeout, List<String> command) {
        return run(timeout, command, null);
    }

    /** As {@link #run(Duration, List)}, writing {@code input} to the command's standard input. */
    public static ProcessRunner.Result run(Duration timeout, List<String> command, String input) {
        return ProcessRunner.run(timeout, command, input);
    }

    /** Runs {@code command} and returns its output, or fails the lab with it. */
    static String check(Duration timeout, List<String> command) {
        return check(timeout, command, null);
    }

    static String check(Duration timeout, List<String> command, String input) {
        ProcessRunner.Result result = run(timeout, command, input);
        if (!result.ok()) {
            throw new LabException(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + tail(result.output(), 20));
        }
        return result.output();
    }

    /** Starts a long-running command, its output going to {@code log}. */
    static Process start(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new LabException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** The last {@code lines} lines of {@code text}, for messages. */
    public static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }
}
