package dev.infradesigner.bench;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.HaproxyExporter;
import dev.infradesigner.export.NginxExporter;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One load balancer and one web server in front of thousands of backends that all carry the same label, as
 * a copied design does: the names in the files must be made unique, and that must stay linear (goal: 20k
 * backends within 12x of 2k). {@code mvn -Pbench test-compile exec:exec -Dbench.args=SameLabelExportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SameLabelExportBenchmark {

    @Param({"2000", "20000"})
    public int backends;

    private Design design;

    @Setup(Level.Trial)
    public void setUp() {
        design = design(backends);
    }

    /** Users, a load balancer and a web server in front of {@code n} web and {@code n} application servers. */
    static Design design(int n) {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        components.add(Component.create("users", ComponentKind.USERS, "Users", new Bounds(0, 0, 168, 56)));
        components.add(server("s-lb", "10.1.0.1"));
        components.add(Component.create("lb", ComponentKind.LOAD_BALANCER, "HAProxy", new Bounds(0, 0, 168, 56))
                .withHost("s-lb"));
        links.add(Link.of("l-users", "users", "lb", Protocol.HTTP));
        for (int i = 0; i < n; i++) {
            String server = "s-" + i;
            components.add(server(server, "10." + (2 + i / 65_000) + "." + (i / 250 % 256) + "." + (1 + i % 250)));
            components.add(Component.create("web-" + i, ComponentKind.WEB_SERVER, "Nginx", new Bounds(0, 0, 168, 56))
                    .withHost(server));
            components.add(Component.create("app-" + i, ComponentKind.APP_SERVER, "App", new Bounds(0, 0, 168, 56))
                    .withHost(server));
            links.add(Link.of("l-lb-" + i, "lb", "web-" + i, Protocol.HTTP));
            links.add(Link.of("l-web-" + i, "web-0", "app-" + i, Protocol.HTTP).onPort(8080));
        }
        return new Design("Same labels", components, links);
    }

    private static Component server(String id, String address) {
        return Component.create(id, ComponentKind.SERVER, "Server", new Bounds(0, 0, 400, 300))
                .withSettings(new ServerSettings(id, address, "10.0.0.0/8"));
    }

    @Benchmark
    public List<ExportedFile> haproxyAndNginx() {
        List<ExportedFile> files = new ArrayList<>(new HaproxyExporter().export(design, ExportMode.FULL));
        files.addAll(new NginxExporter().export(design, ExportMode.FULL));
        return files;
    }
}
