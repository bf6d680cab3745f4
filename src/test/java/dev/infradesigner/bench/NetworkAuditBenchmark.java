package dev.infradesigner.bench;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
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
 * The full audit of a design with a network layer ({@link NetworkedDesigns}: 100,000 components and about
 * 11,000 devices) against one plain breadth-first search over the combined graph: the traffic links in
 * their direction and the cables both ways, held as a JGraphT graph of ids. The network layer's goal is
 * the first within 10x of the second. Run as {@code AuditBenchmark} is (docs/audit-performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NetworkAuditBenchmark {

    @Param({"10000", "100000"})
    public int size;

    private Design design;
    private Graph<String, DefaultEdge> combined;
    private List<String> users;

    @Setup(Level.Trial)
    public void setUp() {
        design = NetworkedDesigns.generate(size);
        TrafficGraph graph = new TrafficGraph(design);
        combined = new DefaultDirectedGraph<>(DefaultEdge.class);
        design.components().forEach(c -> combined.addVertex(c.id()));
        design.links().stream().filter(graph::isTraffic).forEach(l -> combined.addEdge(l.from(), l.to()));
        design.links().stream().filter(l -> l.protocol() == Protocol.NETWORK).forEach(l -> {
            combined.addEdge(l.from(), l.to());
            combined.addEdge(l.to(), l.from());
        });
        users = design.componentsOf(ComponentKind.USERS).stream().map(Component::id).toList();
    }

    @Benchmark
    public List<Finding> fullAudit() {
        return new Auditor().audit(design);
    }

    @Benchmark
    public int onePlainBreadthFirstSearch() {
        BreadthFirstIterator<String, DefaultEdge> search = new BreadthFirstIterator<>(combined, users);
        int reached = 0;
        while (search.hasNext()) {
            search.next();
            reached++;
        }
        return reached;
    }
}
