package dev.infradesigner.lab.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabException;
import dev.infradesigner.lab.Topology;
import dev.infradesigner.lab.programs.LoadDriver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The users' load for as long as the drills last: the load driver runs in the users' namespace and every
 * request it reports is kept here, so each drill reads the requests of its own time window.
 */
public final class LoadSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final List<RequestRecord> records = new ArrayList<>();
    private final Thread reader;
    private volatile boolean done;

    private LoadSession(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "load-records");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code rate} requests a second, a {@code writes} share of them writes, on the lab's site. */
    public static LoadSession start(Lab lab, double rate, double writes) {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", Topology.USERS_NAMESPACE));
        command.addAll(lab.javaCommand(LoadDriver.class, "192m", List.of("--url", lab.plan().entry().url(),
                "--rate", String.valueOf(rate), "--writes", String.valueOf(writes), "--ca",
                lab.authority().toString(), "--connect-timeout", "5000", "--timeout", "45000",
                "--max-seconds", "7200")));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new LoadSession(p);
        } catch (IOException e) {
            throw new LabException("cannot start the users' load: " + e.getMessage(), e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode n = JSON.readTree(line);
                if (n.has("done")) {
                    done = true;
                    continue;
                }
                RequestRecord r = new RequestRecord(n.path("id").asLong(), n.path("method").asText(),
                        n.hasNonNull("key") ? n.get("key").asText() : null, n.path("start").asLong(),
                        n.path("end").asLong(), n.path("status").asInt(0),
                        n.hasNonNull("error") ? n.get("error").asText() : null,
                        n.hasNonNull("servedBy") ? n.get("servedBy").asText() : null);
                synchronized (records) {
                    records.add(r);
                }
            }
        } catch (IOException e) {
            // The driver ended; what it reported is kept.
        }
    }

    /** The finished requests that match, in the order they were sent. */
    public List<RequestRecord> where(Predicate<RequestRecord> filter) {
        List<RequestRecord> out;
        synchronized (records) {
            out = new ArrayList<>(records.stream().filter(filter).toList());
        }
        out.sort(java.util.Comparator.comparingLong(RequestRecord::id));
        return out;
    }

    /** Every finished request so far. */
    public List<RequestRecord> all() {
        return where(r -> true);
    }

    /** Whether the driver is still sending. */
    public boolean running() {
        return process.isAlive() && !done;
    }

    /** Stops sending and waits for the answers still due. */
    @Override
    public void close() {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
