package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerAddresses;
import dev.infradesigner.model.ServerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No export ever writes two files to one path, for every exporter together, on random designs where servers
 * sometimes share a host name or an address (as a copy that kept its original's used to) and components
 * outside servers sometimes share a label: either the export is refused, saying why, or every path is its own.
 */
class ExportPathsPropertyTest {

    private static final int DESIGNS = 600;

    /** A random design, then now and then a server given another's host name, address or both. */
    static Design generate(long seed) {
        Random r = new Random(seed);
        Design design = r.nextBoolean() ? RandomExportDaemonTest.generate(r, Path.of("/etc/ssl/private/site.pem"))
                : numbered(RandomDesigns.generate(seed));
        List<Component> servers = design.componentsOf(ComponentKind.SERVER);
        if (servers.size() >= 2 && r.nextInt(3) == 0) {
            Component from = servers.get(r.nextInt(servers.size()));
            Component to = servers.get(r.nextInt(servers.size()));
            ServerSettings a = from.settings(ServerSettings.class);
            ServerSettings b = to.settings(ServerSettings.class);
            ServerSettings copied = switch (r.nextInt(3)) {
                case 0 -> new ServerSettings(a.hostname().toUpperCase(Locale.ROOT), b.ipAddress(), b.adminSource());
                case 1 -> new ServerSettings(b.hostname(), a.ipAddress(), b.adminSource());
                default -> a;
            };
            design = design.with(to.withSettings(copied));
        }
        return design;
    }

    /** RandomDesigns gives every server the default host name and address; these get their own. */
    private static Design numbered(Design design) {
        List<Component> servers = new ArrayList<>();
        int n = 0;
        for (Component s : design.componentsOf(ComponentKind.SERVER)) {
            n++;
            servers.add(s.withSettings(new ServerSettings("host-" + n, "10.0." + (n / 250) + "." + (n % 250 + 1),
                    "10.0.0.0/8")));
        }
        return design.withAll(servers);
    }

    @Test
    void everyExportIsRefusedOrWritesEachPathOnce() {
        int exported = 0;
        int refusedForAddresses = 0;
        for (int i = 0; i < DESIGNS; i++) {
            long seed = 31_000L + i;
            Design design = generate(seed);
            for (ExportMode mode : ExportMode.values()) {
                ExportRun.Result run = ExportRun.of(design, Exporters.all(), mode);
                List<ServerAddresses.Clash> clashes = ServerAddresses.of(design);
                if (!clashes.isEmpty()) {
                    assertTrue(run.refused(), "seed " + seed + ": servers share an address and the export went on");
                    for (ServerAddresses.Clash clash : clashes) {
                        assertTrue(run.refusals().stream().anyMatch(f -> f.message().startsWith(
                                ExportRun.DUPLICATE_ADDRESS) && clash.servers().stream()
                                .allMatch(s -> f.message().contains("(" + s.id() + ")"))),
                                "seed " + seed + ": the refusal names every server of " + clash + ": " + run.refusals());
                    }
                    refusedForAddresses++;
                    continue;
                }
                if (run.refused()) {
                    run.refusals().forEach(f -> assertTrue(!f.message().isBlank(), "seed " + seed));
                    continue;
                }
                Set<String> paths = new HashSet<>();
                for (ExportedFile f : run.files()) {
                    String key = Path.of(f.path()).normalize().toString().toLowerCase(Locale.ROOT);
                    assertTrue(paths.add(key), "seed " + seed + ", " + mode + ": " + f.path() + " is written twice");
                }
                exported++;
            }
        }
        // Many random designs put two databases on one server, which the MySQL export refuses.
        assertTrue(exported > DESIGNS / 5, "designs exported: " + exported);
        assertTrue(refusedForAddresses > DESIGNS / 20, "designs refused for a shared address: " + refusedForAddresses);
    }

    /** The check itself: two exporters that write one path make a refusal naming what each file came from. */
    @Test
    void twoFilesForOnePathAreRefusedNamingTheirComponents() {
        Design design = dev.infradesigner.model.Fixtures.simpleStack();
        Exporter one = fake("one", "server-1/app.conf", "web");
        Exporter other = fake("other", "SERVER-1/./app.conf", "app");
        ExportRun.Result run = ExportRun.of(design, List.of(one, other), ExportMode.FULL);
        assertTrue(run.refused());
        assertEquals(List.of(), run.files(), "nothing is offered for writing");
        String message = run.refusals().get(0).message();
        assertTrue(message.startsWith("2 files would be written to server-1/app.conf, from \"web\" (web) and from "
                + "\"app\" (app)"), message);
        assertTrue(!ExportRun.of(design, List.of(one), ExportMode.FULL).refused(), "one file alone is fine");
    }

    private static Exporter fake(String id, String path, String componentId) {
        return new Exporter() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public List<ExportedFile> export(Design design, ExportMode mode) {
                return List.of(new ExportedFile(path, "x\n", List.of(componentId)));
            }
        };
    }
}
