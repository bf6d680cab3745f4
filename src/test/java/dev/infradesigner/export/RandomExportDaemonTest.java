package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Algorithm;
import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.Redundancy;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six hundred random designs with random settings and hostile labels: every full HAProxy, Nginx,
 * keepalived and Prometheus file passes the real daemon's check (and every fourth design's snippets, pasted
 * into the stock configuration, too), no label ever reaches a file outside a comment, and the labels never
 * change a file's directives.
 */
class RandomExportDaemonTest {

    private static final int DESIGNS = 600;
    private static final String[] HOSTILE = {"web\nserver 10.6.6.6:80", "a; b", "x { y }", "# not a comment",
        "\"quoted\" 'too'", "back\\slash", "Nginx «2» 🚀", "x".repeat(200), "  spaced  out  ", "-dash",
        "123 numbers", "ünïcödé", "$evil_var", "include /etc/passwd;"};

    @TempDir
    static Path folder;

    private static Path pem;

    @BeforeAll
    static void certificate() throws Exception {
        pem = Daemons.selfSignedPem(folder);
    }

    @Test
    void everyFullFilePassesTheDaemons() throws Exception {
        Daemons.requireAll();
        // The daemons' checks dominate the time; two designs at once use both cores.
        int files = java.util.stream.IntStream.range(0, DESIGNS).parallel().map(i -> checkDesign(i)).sum();
        assertTrue(files >= 2 * DESIGNS, "files checked: " + files);
    }

    private static int checkDesign(int i) {
        long seed = 7_000L + i;
        Design design = generate(new Random(seed), pem);
        Map<String, List<List<String>>> shapes = HostileInputExportTest.shapes(design);
        HostileInputExportTest.assertSameShapes(HostileInputExportTest.shapes(withPlainLabels(design)), shapes,
                "seed " + seed + ": the labels");
        assertRefusedExactlyWhenItMustBe(design, shapes, seed);
        int files = 0;
        try {
            Path out = Files.createTempDirectory(folder, "d" + i);
            for (String id : Daemons.CHECKED_EXPORTERS) {
                Exporter exporter = Exporters.byId(id).orElseThrow();
                files += checkFiles(exporter, design, ExportMode.FULL, out, seed);
                // Every fourth design also has its snippets pasted into the stock configuration and checked.
                if (i % 4 == 0) {
                    files += checkFiles(exporter, design, ExportMode.SNIPPET, out, seed);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Each exporter refuses a design exactly when the design leaves out what its files need, and never
     * otherwise: the host firewall when an agent on a server reports to a Prometheus on no server (the
     * scrapes' source is unknown); the generated designs hold no database, so MySQL never refuses.
     */
    private static void assertRefusedExactlyWhenItMustBe(Design design, Map<String, List<List<String>>> shapes,
            long seed) {
        shapes.forEach((key, files) -> {
            boolean refused = files.equals(List.of(List.of(HostileInputExportTest.REFUSED)));
            boolean mustRefuse = key.startsWith("ufw/") && prometheusOnNoServerWithHostedAgents(design);
            assertEquals(mustRefuse, refused, "seed " + seed + ": " + key + (refused ? " refused" : " exported"));
        });
    }

    /** Whether an agent that a server hosts reports to a Prometheus that no server hosts. */
    static boolean prometheusOnNoServerWithHostedAgents(Design design) {
        for (Link l : design.links()) {
            Component from = design.component(l.from()).orElseThrow();
            Component to = design.component(l.to()).orElseThrow();
            if (l.protocol() == Protocol.MONITORING && from.kind() == ComponentKind.MONITORING_AGENT
                    && from.hostId() != null && to.kind() == ComponentKind.MONITORING_SERVICE && to.hostId() == null
                    && to.settings(dev.infradesigner.model.MonitoringServiceSettings.class).product()
                    == dev.infradesigner.model.MonitoringProduct.PROMETHEUS) {
                return true;
            }
        }
        return false;
    }

    @Test
    void someDesignsAreRefusedAndMostAreNot() {
        long refused = java.util.stream.IntStream.range(0, DESIGNS).filter(i -> prometheusOnNoServerWithHostedAgents(
                generate(new Random(7_000L + i), Path.of("/nonexistent.pem")))).count();
        assertTrue(refused > DESIGNS / 20 && refused < DESIGNS / 2, "designs the host firewall refuses: " + refused);
    }

    private static int checkFiles(Exporter exporter, Design design, ExportMode mode, Path out, long seed)
            throws java.io.IOException {
        List<ExportedFile> exported = exporter.export(design, mode);
        exported.forEach(file -> assertNoLabelOutsideComments(design, file.content(), seed));
        Path modeFolder = Files.createDirectories(out.resolve(exporter.id() + "-" + mode));
        List<Daemons.Checked> checked = Daemons.checkExport(exporter.id(), mode, exported, modeFolder);
        for (Daemons.Checked c : checked) {
            assertTrue(c.verdict().ok(), "seed " + seed + ", " + mode + " " + c.file().path() + ":\n"
                    + c.verdict().output() + "\n" + c.file().content());
        }
        return checked.size();
    }

    /** The same design with every label and its name replaced by plain words. */
    private static Design withPlainLabels(Design design) {
        return design.withName("Plain design").withAll(design.components().stream()
                .map(c -> c.withLabel("Plain " + c.id())).toList());
    }

    private static void assertNoLabelOutsideComments(Design design, String content, long seed) {
        String code = content.lines().filter(l -> !l.stripLeading().startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        for (Component c : design.components()) {
            if (c.label().length() > 3 && !c.label().matches("[A-Za-z0-9 -]+")) {
                assertFalse(code.contains(c.label()), "seed " + seed + ": label " + c.label() + " leaked");
            }
        }
    }

    /** One or two load balancers on servers, one to three web servers, some application servers. */
    static Design generate(Random r, Path pem) {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        components.add(Component.create("users", ComponentKind.USERS, "Users", new Bounds(0, 0, 10, 10)));
        int servers = 1 + r.nextInt(4);
        for (int s = 0; s < servers; s++) {
            String ip = r.nextInt(5) == 0 ? "fd00::" + (s + 1) : "10.0.0." + (10 + s);
            components.add(Component.create("s" + s, ComponentKind.SERVER, label(r, "Server " + s),
                    new Bounds(0, 0, 10, 10)).withSettings(new ServerSettings("host-" + s, ip, "10.0.0.0/8")));
        }
        int balancers = 1 + r.nextInt(2);
        int webs = 1 + r.nextInt(3);
        int apps = r.nextInt(4);
        for (int a = 0; a < apps; a++) {
            components.add(hosted(r, "app" + a, ComponentKind.APP_SERVER, servers));
        }
        for (int w = 0; w < webs; w++) {
            Component web = hosted(r, "web" + w, ComponentKind.WEB_SERVER, servers);
            List<Listener> listeners = r.nextBoolean() ? List.of(Listener.http(80))
                    : r.nextBoolean() ? List.of(Listener.https(443)) : List.of(Listener.http(80), Listener.https(443));
            boolean tls = listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
            components.add(web.withSettings(new WebServerSettings(r.nextBoolean() ? "www.example.com" : "site-" + w
                    + ".example.org", listeners, tls ? pem.toString() : null, r.nextBoolean(), "/var/www/site" + w)));
            for (int a = 0; a < apps; a++) {
                if (r.nextBoolean()) {
                    links.add(Link.of("wa" + w + "-" + a, "web" + w, "app" + a, Protocol.HTTP)
                            .onPort(1024 + r.nextInt(60000)).withStandby(r.nextInt(5) == 0));
                }
            }
        }
        for (int b = 0; b < balancers; b++) {
            Component lb = hosted(r, "lb" + b, ComponentKind.LOAD_BALANCER, servers);
            List<Listener> listeners = new ArrayList<>(List.of(Listener.http(80 + b)));
            if (r.nextBoolean()) {
                listeners.add(Listener.https(443 + b));
            }
            boolean tls = listeners.size() > 1;
            components.add(lb.withSettings(new LoadBalancerSettings(Algorithm.values()[r.nextInt(3)],
                    r.nextInt(4) == 0 ? BalanceMode.TCP : BalanceMode.HTTP, Redundancy.values()[r.nextInt(2)],
                    listeners, tls ? pem.toString() : null, r.nextBoolean(),
                    r.nextBoolean() ? new HealthCheck(true, "/health?full=1", 1 + r.nextInt(10)) : HealthCheck.NONE,
                    r.nextInt(3) == 0 ? null : "10.0.0.100")));
            links.add(Link.of("u" + b, "users", "lb" + b, Protocol.HTTP));
            for (int w = 0; w < webs; w++) {
                if (w == 0 || r.nextBoolean()) {
                    links.add(Link.of("lw" + b + "-" + w, "lb" + b, "web" + w, r.nextBoolean() ? Protocol.HTTP
                            : Protocol.HTTPS).onPort(r.nextBoolean() ? 80 : 8443).withStandby(r.nextInt(4) == 0));
                }
            }
        }
        if (r.nextBoolean()) {
            components.add(Component.create("prom", ComponentKind.MONITORING_SERVICE, label(r, "Prometheus"),
                    new Bounds(0, 0, 10, 10)).withHost(r.nextBoolean() ? "s0" : null));
            for (int s = 0; s < servers; s++) {
                if (r.nextInt(4) > 0) {
                    Component agent = Component.create("agent" + s, ComponentKind.MONITORING_AGENT,
                            label(r, "Agent " + s), new Bounds(0, 0, 10, 10)).withHost(r.nextInt(6) == 0 ? null : "s" + s);
                    components.add(agent.withSettings(new MonitoringAgentSettings("node-exporter",
                            1024 + r.nextInt(60000))));
                    links.add(Link.of("m" + s, agent.id(), "prom", Protocol.MONITORING));
                }
            }
        }
        return new Design(label(r, "Random design"), components, links);
    }

    private static Component hosted(Random r, String id, ComponentKind kind, int servers) {
        Component c = Component.create(id, kind, label(r, id), new Bounds(0, 0, 10, 10));
        return r.nextInt(5) == 0 ? c : c.withHost("s" + r.nextInt(servers));
    }

    private static String label(Random r, String plain) {
        return r.nextInt(3) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)].replace("\n", " ") : plain;
    }
}
