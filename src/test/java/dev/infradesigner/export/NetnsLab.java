package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Throwaway hosts for the live tests, the way the lab boots a design: each host a network namespace with
 * its own {@code /etc} entries ({@code ip netns exec} mounts {@code /etc/netns/NAME/*} over {@code /etc}) and,
 * through {@link #inHost}, its own {@code /var}, {@code /run} and {@code /tmp}. Hosts with an address share
 * a bridge that lives in a namespace of its own, so nothing is added to this machine's network. Closing
 * stops every process started here, by its id, and removes every namespace, {@code /etc/netns} entry and
 * folder, whatever happened before.
 */
final class NetnsLab implements AutoCloseable {

    /** What a command printed (standard output and error together) and how it ended. */
    record Result(int exit, String output) {

        boolean ok() {
            return exit == 0;
        }
    }

    /** Mounts the host's own /var, /run and /tmp, then runs the command: {@code sh -c WRAP sh ROOT CMD...}. */
    private static final String WRAP = "mount --bind \"$1/var\" /var && mount --bind \"$1/run\" /run"
            + " && mount --bind \"$1/tmp\" /tmp && shift && exec \"$@\"";

    private final String prefix;
    private final Path roots;
    private final List<String> namespaces = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private String bridge;

    /**
     * Skips the test (fails it under {@code CI=true}) unless it runs as root with every command installed.
     */
    static void require(String... commands) {
        List<String> missing = new ArrayList<>();
        if (!"0".equals(runQuietly(List.of("id", "-u")).output().strip())) {
            missing.add("root");
        }
        for (String command : commands) {
            if (Stream.of("/usr/sbin/", "/usr/bin/", "/sbin/", "/bin/").noneMatch(d -> Files.isExecutable(Path.of(d
                    + command)))) {
                missing.add(command);
            }
        }
        if (!missing.isEmpty()) {
            String message = "the live test needs " + String.join(", ", missing);
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI must run it");
            }
            Assumptions.abort(message + "; skipping it");
        }
    }

    /** {@code tag}: a few letters naming the test, so its namespaces are recognisable while it runs. */
    NetnsLab(String tag) throws IOException {
        this.prefix = tag + Long.toHexString(ProcessHandle.current().pid() & 0xfff) + "-";
        this.roots = Files.createTempDirectory("infra-designer-" + tag);
    }

    /** A host with only a loopback interface. */
    String bareHost(String name) throws IOException {
        String ns = prefix + name;
        must(List.of("ip", "netns", "add", ns));
        namespaces.add(ns);
        must(List.of("ip", "-n", ns, "link", "set", "lo", "up"));
        for (String dir : List.of("var", "run", "tmp")) {
            Files.createDirectories(root(ns).resolve(dir));
        }
        must(List.of("chmod", "1777", root(ns).resolve("tmp").toString()));
        return ns;
    }

    /** A host with {@code address} on its {@code eth0}, which reaches every other such host. */
    String host(String name, String address, int prefixLength) throws IOException {
        String ns = bareHost(name);
        if (bridge == null) {
            bridge = prefix + "switch";
            must(List.of("ip", "netns", "add", bridge));
            namespaces.add(bridge);
            must(List.of("ip", "-n", bridge, "link", "add", "br0", "type", "bridge"));
            must(List.of("ip", "-n", bridge, "link", "set", "br0", "up"));
        }
        String port = "p" + namespaces.size();
        must(List.of("ip", "link", "add", "eth0", "netns", ns, "type", "veth", "peer", "name", port, "netns", bridge));
        must(List.of("ip", "-n", bridge, "link", "set", port, "master", "br0", "up"));
        must(List.of("ip", "-n", ns, "addr", "add", address + "/" + prefixLength, "dev", "eth0"));
        must(List.of("ip", "-n", ns, "link", "set", "eth0", "up"));
        return ns;
    }

    /** The host's private /etc entries: a file or folder {@code /etc/netns/NS/X} replaces {@code /etc/X}. */
    Path etc(String ns) throws IOException {
        return Files.createDirectories(Path.of("/etc/netns", ns));
    }

    /** Where the host's private /var, /run and /tmp are, on this machine. */
    Path root(String ns) {
        return roots.resolve(ns);
    }

    /** Runs a command in the host, with its private folders, feeding it {@code input}; waits at most {@code seconds}. */
    Result inHost(String ns, int seconds, String input, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns, "sh", "-c", WRAP, "sh",
                root(ns).toString()));
        full.addAll(List.of(command));
        return run(full, seconds, input);
    }

    /** Starts a long-running command in the host, its output going to {@code log}. */
    Process startInHost(String ns, Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns, "sh", "-c", WRAP, "sh",
                root(ns).toString()));
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    /** Kills a process this lab started, as a crash would, and waits until it is gone. */
    static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        for (Process p : started) {
            kill(p);
        }
        for (String ns : namespaces) {
            // Anything still running in a namespace of this lab was started by this lab.
            for (String pid : runQuietly(List.of("ip", "netns", "pids", ns)).output().split("\\s+")) {
                if (pid.matches("[0-9]+")) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
        for (String ns : namespaces) {
            runQuietly(List.of("ip", "netns", "del", ns));
            deleteTree(Path.of("/etc/netns", ns));
        }
        deleteTree(roots);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void must(List<String> command) {
        Result r = run(command, 30, null);
        if (!r.ok()) {
            fail(String.join(" ", command) + " failed (" + r.exit() + "): " + r.output());
        }
    }

    private static Result runQuietly(List<String> command) {
        return run(command, 30, null);
    }

    static Result run(List<String> command, int seconds, String input) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (input != null) {
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            // Read on another thread, so a command that never ends cannot block the wait below.
            java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            return e.getMessage();
                        }
                    });
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                kill(p);
                return new Result(-1, "timed out after " + seconds + " s: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
