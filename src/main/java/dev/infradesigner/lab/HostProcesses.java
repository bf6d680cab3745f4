package dev.infradesigner.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daemons running on one host, by name, with their logs; and the signals that fail the host the way
 * a machine fails: killed (SIGKILL to everything in its namespace) or frozen (SIGSTOP, which health checks
 * must time out on, unlike a refused connection).
 */
final class HostProcesses {

    private final HostFs fs;
    private final Map<String, Process> running = new ConcurrentHashMap<>();

    HostProcesses(HostFs fs) {
        this.fs = fs;
    }

    /** Starts {@code command} (already wrapped for the host) as {@code name}, logging to the host's logs. */
    void start(String name, List<String> command, Map<String, String> environment) {
        Path log = log(name);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            running.put(name, builder.start());
        } catch (java.io.IOException e) {
            throw new LabException("cannot start " + name + " on " + fs.namespace() + ": " + e.getMessage(), e);
        }
    }

    boolean alive(String name) {
        Process p = running.get(name);
        return p != null && p.isAlive();
    }

    Optional<Process> process(String name) {
        return Optional.ofNullable(running.get(name));
    }

    Path log(String name) {
        return fs.logs().resolve(name + ".log");
    }

    /** The end of what {@code name} printed, for messages. */
    String logTail(String name) {
        try {
            return Exec.tail(Files.readString(log(name)), 15);
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }

    /** The process ids of {@code name} and its children (HAProxy's workers, keepalived's VRRP process). */
    List<Long> pids(String name) {
        List<Long> out = new ArrayList<>();
        Process p = running.get(name);
        if (p != null && p.isAlive()) {
            out.add(p.pid());
            p.descendants().forEach(d -> out.add(d.pid()));
        }
        return out;
    }

    /** Sends {@code signal} (such as {@code STOP}) to {@code name} and its children. */
    void signal(String name, String signal) {
        send(signal, pids(name));
    }

    /** Sends {@code signal} to every process in the host's namespace. */
    void signalAll(String signal) {
        send(signal, Network.pids(fs.namespace()));
    }

    /** Kills everything in the host's namespace and waits until nothing is left. */
    void killAll() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Long> pids = Network.pids(fs.namespace());
        while (!pids.isEmpty() && System.nanoTime() < deadline) {
            send("KILL", pids);
            sleep(50);
            pids = Network.pids(fs.namespace());
        }
        running.values().forEach(p -> {
            try {
                p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.clear();
        if (!pids.isEmpty()) {
            throw new LabException("processes " + pids + " on " + fs.namespace() + " survived SIGKILL");
        }
    }

    /** Kills {@code name} and its children, and forgets it. */
    void kill(String name) {
        List<Long> pids = pids(name);
        send("KILL", pids);
        process(name).ifPresent(p -> {
            try {
                p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.remove(name);
    }

    private static void send(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        Exec.run(Duration.ofSeconds(5), command);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
