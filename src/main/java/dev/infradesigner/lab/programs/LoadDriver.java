package dev.infradesigner.lab.programs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

/**
 * The users: a bounded, steady load of reads (GET) and writes (POST with an {@code Idempotency-Key}) on
 * the site's URL, each on a connection of its own as separate users would open, with no retry of its own
 * (what users see is what the design gives them). One JSON line per request on standard output: when it
 * started and ended, what was asked, the status or the error, and which application server answered.
 * It stops sending when standard input says {@code stop} or closes, waits for the requests in flight,
 * prints {@code {"done":true}} and exits.
 *
 * <p>Usage: {@code LoadDriver --url URL --rate PER_SECOND --writes FRACTION --ca CA.pem
 * [--connect-timeout MS] [--timeout MS] [--max-seconds S]}.
 */
public final class LoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URL url;
    private final double writes;
    private final SSLContext tls;
    private final int connectTimeout;
    private final int timeout;
    private final PrintStream out;
    private final AtomicLong sequence = new AtomicLong();

    private LoadDriver(URL url, double writes, SSLContext tls, int connectTimeout, int timeout, PrintStream out) {
        this.url = url;
        this.writes = writes;
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("http.keepAlive", "false");
        Map<String, String> o = Options.parse(args);
        double rate = Double.parseDouble(o.getOrDefault("rate", "20"));
        long maxSeconds = Long.parseLong(o.getOrDefault("max-seconds", "3600"));
        SSLContext tls = o.containsKey("ca") ? Trust.of(Path.of(o.get("ca"))) : null;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LoadDriver driver = new LoadDriver(new URL(o.get("url")), Double.parseDouble(o.getOrDefault("writes", "0.25")),
                tls, Integer.parseInt(o.getOrDefault("connect-timeout", "5000")),
                Integer.parseInt(o.getOrDefault("timeout", "40000")), out);
        ExecutorService requests = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "request", 256 * 1024);
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.max(1000, Math.round(1_000_000 / rate));
        clock.scheduleAtFixedRate(() -> requests.submit(driver::one), 0, periodMicros, TimeUnit.MICROSECONDS);
        waitForStop(maxSeconds);
        clock.shutdownNow();
        requests.shutdown();
        requests.awaitTermination(driver.timeout + driver.connectTimeout + 5000L, TimeUnit.MILLISECONDS);
        out.println("{\"done\":true}");
        out.flush();
        System.exit(0);
    }

    private static void waitForStop(long maxSeconds) throws InterruptedException {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.strip().equals("stop")) {
                        return;
                    }
                }
            } catch (IOException e) {
                // Standard input is gone: stop as if told to.
            }
        }, "stdin");
        reader.setDaemon(true);
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(maxSeconds));
    }

    private void one() {
        long id = sequence.incrementAndGet();
        boolean write = ThreadLocalRandom.current().nextDouble() < writes;
        String key = write ? UUID.randomUUID().toString() : null;
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        line.put("method", write ? "POST" : "GET");
        if (key != null) {
            line.put("key", key);
        }
        long start = System.currentTimeMillis();
        line.put("start", start);
        try {
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            if (c instanceof HttpsURLConnection https && tls != null) {
                https.setSSLSocketFactory(tls.getSocketFactory());
            }
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setConnectTimeout(connectTimeout);
            c.setReadTimeout(timeout);
            c.setRequestProperty("User-Agent", "infra-designer-lab-users");
            if (write) {
                c.setRequestMethod("POST");
                c.setRequestProperty("Idempotency-Key", key);
                c.setRequestProperty("Content-Type", "application/json");
                c.setDoOutput(true);
                try (OutputStream body = c.getOutputStream()) {
                    body.write(("{\"request\":" + id + "}").getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = c.getResponseCode();
            InputStream body = status >= 400 ? c.getErrorStream() : c.getInputStream();
            if (body != null) {
                try (body) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            line.put("status", status);
            String servedBy = c.getHeaderField("X-Served-By");
            if (servedBy != null) {
                line.put("servedBy", servedBy);
            }
            c.disconnect();
        } catch (IOException | RuntimeException e) {
            line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        line.put("end", System.currentTimeMillis());
        synchronized (out) {
            out.println(line);
        }
    }
}
