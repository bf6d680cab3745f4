package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three-server sample, live on loopback: its exported HAProxy and Nginx files run for real in front
 * of two small HTTP backends standing in for the application servers. Requests alternate between the
 * web servers (round robin); when one web server dies, health checks take it out and every request still
 * succeeds. Only 127.0.0.0/8 is used, every request loop is bounded, and every process started is stopped.
 */
class LiveLoopbackTest {

    private static final Map<String, String> LOOPBACK = Map.of("server-1", "127.0.0.1", "server-2", "127.0.0.2",
            "server-3", "127.0.0.3");

    @TempDir
    Path folder;

    private final List<Process> processes = new ArrayList<>();
    private final List<HttpServer> backends = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(p -> {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        });
        backends.forEach(b -> b.stop(0));
    }

    @Test
    void roundRobinAcrossBothWebServersAndSurvivingOneLoss() throws Exception {
        Daemons.require("haproxy", "haproxy");
        Daemons.require("nginx", "nginx");
        int lbPort = freePort();
        int webPort = freePort();
        int appPort = freePort();
        Design design = onLoopback(DesignFiles.load(Path.of("samples/02-three-server.infra")), webPort, appPort);
        for (String server : List.of("server-2", "server-3")) {
            backends.add(backend(LOOPBACK.get(server), appPort, server));
        }
        Map<String, Process> webs = new HashMap<>();
        for (ExportedFile file : new NginxExporter().export(design, ExportMode.FULL)) {
            String ip = file.path().startsWith("web-01") ? "127.0.0.2" : "127.0.0.3";
            Path prefix = Files.createDirectories(folder.resolve(file.path()).getParent());
            Files.createDirectories(prefix.resolve("logs"));
            Path conf = prefix.resolve("nginx.conf");
            Files.writeString(conf, file.content().replace("listen " + webPort + ";", "listen " + ip + ":" + webPort
                    + ";").replace("/var/log/nginx/", prefix.resolve("logs") + "/"));
            webs.put(ip, start(prefix.resolve("out.log"), "nginx", "-p", prefix + "/", "-c", conf.toString(), "-g",
                    "daemon off; pid " + prefix.resolve("nginx.pid") + "; error_log " + prefix.resolve("logs/error.log")
                    + ";"));
        }
        ExportedFile haproxy = new HaproxyExporter().export(design, ExportMode.FULL).get(0);
        Path cfg = Files.createDirectories(folder.resolve("lb")).resolve("haproxy.cfg");
        // The admin socket goes in the test's folder, so a system HAProxy (or another run) is left alone.
        // So are its metrics port and the logs, on loopback ports and in folders of its own.
        Files.writeString(cfg, haproxy.content().replace("bind :80\n", "bind 127.0.0.1:" + lbPort + "\n")
                .replace("bind :" + HaproxyExporter.METRICS_PORT + "\n", "bind 127.0.0.1:" + freePort() + "\n")
                .replace("/run/haproxy/admin.sock", folder.resolve("lb/admin.sock").toString()));
        start(folder.resolve("lb/out.log"), "haproxy", "-db", "-f", cfg.toString());
        String url = "http://127.0.0.1:" + lbPort + "/";

        List<String> answers = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (answers.size() < 20 && System.nanoTime() < deadline) {
            String body = get(url);
            if (body != null) {
                answers.add(body);
            } else {
                Thread.sleep(200);
            }
        }
        assertEquals(20, answers.size(), "the stack answers");
        assertTrue(answers.contains("server-2") && answers.contains("server-3"), "round robin: " + answers);

        webs.get("127.0.0.2").destroy();
        webs.get("127.0.0.2").waitFor(5, TimeUnit.SECONDS);
        Thread.sleep(TimeUnit.SECONDS.toMillis(8));
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            after.add(String.valueOf(get(url)));
        }
        assertEquals(java.util.Collections.nCopies(20, "server-3"), after,
                "after the health checks, every request reaches the surviving web server");
    }

    private static Design onLoopback(Design design, int webPort, int appPort) {
        Design out = design;
        for (Map.Entry<String, String> server : LOOPBACK.entrySet()) {
            Component c = out.component(server.getKey()).orElseThrow();
            ServerSettings s = c.settings(ServerSettings.class);
            out = out.with(c.withSettings(new ServerSettings(s.hostname(), server.getValue(), s.adminSource())));
        }
        for (String web : List.of("nginx-2", "nginx-3")) {
            Component c = out.component(web).orElseThrow();
            var s = c.settings(dev.infradesigner.model.WebServerSettings.class);
            out = out.with(c.withSettings(new dev.infradesigner.model.WebServerSettings(s.serverName(),
                    List.of(dev.infradesigner.model.Listener.http(webPort)), null, false, s.staticRoot())));
        }
        for (String app : List.of("app-2", "app-3")) {
            Component c = out.component(app).orElseThrow();
            out = out.with(c.withSettings(new AppServerSettings("test", appPort)));
        }
        for (Link l : design.links()) {
            if (l.from().equals("lb")) {
                out = out.with(l.onPort(webPort));
            } else if (l.from().startsWith("nginx-")) {
                out = out.with(l.onPort(appPort));
            }
        }
        return out;
    }

    private HttpServer backend(String ip, int port, String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(ip, port), 16);
        server.createContext("/", exchange -> {
            byte[] body = name.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private Process start(Path log, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        return p;
    }

    /** The body of a GET, or {@code null} when the request fails; bounded by short timeouts. */
    private static String get(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            if (c.getResponseCode() != 200) {
                return null;
            }
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
