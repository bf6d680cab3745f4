package dev.infradesigner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a system command ({@code haproxy -c}, {@code nginx -t}, {@code ip}, {@code mariadb}...) to its end
 * or until a timeout, and returns what it printed. Its output is read on a thread of its own while the
 * caller waits with the timeout: reading it all first would block for as long as the command (or a child
 * it left running) keeps its output open, and the timeout would never fire.
 */
public final class ProcessRunner {

    /** What a finished command returned and printed (standard output and error together). */
    public record Result(int exitCode, String output) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** The exit code of a command that could not be started. */
    public static final int NOT_STARTED = 127;
    /** The exit code of a command killed at its timeout, or interrupted. */
    public static final int TIMED_OUT = -1;

    private ProcessRunner() {
    }

    /** Runs {@code command} to its end or until {@code timeout}, when it and its children are killed. */
    public static Result run(Duration timeout, List<String> command) {
        return run(timeout, command, null);
    }

    /** As {@link #run(Duration, List)}, writing {@code input} (may be null) to the command's standard input. */
    public static Result run(Duration timeout, List<String> command, String input) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(NOT_STARTED, command.get(0) + ": " + e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "process-output");
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
            return ended ? new Result(process.exitValue(), printed)
                    : new Result(TIMED_OUT, printed + "\n(timed out after " + timeout.toSeconds() + " s)");
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(TIMED_OUT, "interrupted");
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
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
