package dev.infradesigner.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system commands the lab is made of ({@code ip}, {@code mariadb}, {@code openssl}...), each
 * bounded in time, so that a command that hangs fails the lab with what it printed instead of hanging it.
 */
public final class Exec {

    /** What a finished command returned and printed (standard output and error together). */
    public record Result(int exitCode, String output) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Exec() {
    }

    /** Runs {@code command} to its end or until {@code timeout}, when it is killed (exit code -1). */
    public static Result run(Duration timeout, List<String> command) {
        return run(timeout, command, null);
    }

    /** As {@link #run(Duration, List)}, writing {@code input} to the command's standard input. */
    public static Result run(Duration timeout, List<String> command, String input) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(127, command.get(0) + ": " + e.getMessage());
        }
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "exec-output");
        reader.setDaemon(true);
        reader.start();
        try {
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The command ended without reading its input; what it printed says why.
            }
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
            reader.join(TimeUnit.SECONDS.toMillis(2));
            String printed;
            synchronized (output) {
                printed = output.toString(StandardCharsets.UTF_8);
            }
            return new Result(ended ? process.exitValue() : -1, ended ? printed
                    : printed + "\n(timed out after " + timeout.toSeconds() + " s)");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Runs {@code command} and returns its output, or fails the lab with it. */
    static String check(Duration timeout, List<String> command) {
        return check(timeout, command, null);
    }

    static String check(Duration timeout, List<String> command, String input) {
        Result result = run(timeout, command, input);
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

    private static void drain(InputStream in, java.io.ByteArrayOutputStream into) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (into) {
                    into.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The process ended; what it printed so far is kept.
        }
    }
}
