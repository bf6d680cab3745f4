package dev.infradesigner.lab.programs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The application the lab runs in place of the user's own on each application server, so that every
 * request crosses the whole design: users, DNS, load balancer, web server, this, the databases. A read
 * (GET and the like, health checks included) asks a database it reads from, falling back to those it
 * writes to, as the audit assumes; a write (POST and the like) inserts a row through a read-write link,
 * deduplicated on the {@code Idempotency-Key} header so that a request retried by a load balancer is
 * written once. It answers 503 when no database it needs answers, and names itself in {@code X-Served-By}.
 *
 * <p>Usage: {@code StandInApp --name NAME --listen IP:PORT[,IP:PORT] [--read HOST:PORT,...]
 * [--write HOST:PORT,...] --user USER --database NAME}, the password in {@code LAB_DB_PASSWORD}.
 */
public final class StandInApp {

    /** The table the lab creates on each primary for the writes. */
    public static final String TABLE = "lab_writes";

    private final String name;
    private final List<Database> reads;
    private final List<Database> writes;

    private StandInApp(String name, List<Database> reads, List<Database> writes) {
        this.name = name;
        this.reads = reads;
        this.writes = writes;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args);
        String user = options.getOrDefault("user", "app");
        String password = System.getenv().getOrDefault("LAB_DB_PASSWORD", "");
        String database = options.getOrDefault("database", "app");
        List<Database> writes = databases(options.get("write"), database, user, password);
        List<Database> reads = new ArrayList<>(databases(options.get("read"), database, user, password));
        reads.addAll(writes);
        StandInApp app = new StandInApp(options.getOrDefault("name", "app"), reads, writes);
        for (String listen : options.getOrDefault("listen", "0.0.0.0:8080").split(",")) {
            int colon = listen.lastIndexOf(':');
            HttpServer server = HttpServer.create(new InetSocketAddress(listen.substring(0, colon),
                    Integer.parseInt(listen.substring(colon + 1))), 256);
            server.createContext("/", app::handle);
            server.setExecutor(Executors.newFixedThreadPool(48));
            server.start();
        }
        System.out.println("stand-in application " + app.name + " listening on " + options.get("listen"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            String method = exchange.getRequestMethod();
            boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                    || method.equals("DELETE");
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Answer answer = write ? write(key == null ? UUID.randomUUID().toString() : key) : read();
            exchange.getResponseHeaders().set("X-Served-By", name);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(answer.status(), -1);
            } else {
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private record Answer(int status, String body) {
    }

    private Answer read() {
        if (reads.isEmpty()) {
            return new Answer(200, "{\"servedBy\":\"" + name + "\"}\n");
        }
        for (Database db : reads) {
            if (!db.available()) {
                continue;
            }
            try {
                long count = db.use(c -> {
                    try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                        r.next();
                        return r.getLong(1);
                    }
                });
                return new Answer(200, "{\"servedBy\":\"" + name + "\",\"readFrom\":\"" + db.address()
                        + "\",\"writes\":" + count + "}\n");
            } catch (SQLException e) {
                // Try the next database, as an application with a replica and a primary does.
            }
        }
        return new Answer(503, "{\"servedBy\":\"" + name + "\",\"error\":\"no database answered a read\"}\n");
    }

    private Answer write(String key) {
        if (writes.isEmpty() && reads.isEmpty()) {
            return new Answer(201, "{\"servedBy\":\"" + name + "\"}\n");
        }
        for (Database db : writes) {
            if (!db.available()) {
                continue;
            }
            try {
                int inserted = db.use(c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                            + " (idem_key, served_by) VALUES (?, ?) ON DUPLICATE KEY UPDATE idem_key = idem_key")) {
                        s.setString(1, key.length() > 64 ? key.substring(0, 64) : key);
                        s.setString(2, name);
                        return s.executeUpdate();
                    }
                });
                return new Answer(inserted == 1 ? 201 : 200, "{\"servedBy\":\"" + name + "\",\"wroteTo\":\""
                        + db.address() + "\"}\n");
            } catch (SQLException e) {
                // A replica refuses (read-only) or the primary is gone: try the next writable link.
            }
        }
        return new Answer(503, "{\"servedBy\":\"" + name + "\",\"error\":\"no database took the write\"}\n");
    }

    private static List<Database> databases(String list, String database, String user, String password) {
        List<Database> out = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String hostPort : list.split(",")) {
                out.add(new Database(hostPort.strip(), database, user, password));
            }
        }
        return out;
    }
}
