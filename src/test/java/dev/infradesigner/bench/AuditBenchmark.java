package dev.infradesigner.bench;

import dev.infradesigner.analysis.BruteForceFailures;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Map;
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
 * The full audit against one plain breadth-first search over the same traffic graph, and against the
 * brute-force oracle (remove each failure domain, search again), on generated designs.
 * Run: {@code mvn -Pbench test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditBenchmark {

    @Param({"1000", "10000", "100000"})
    public int size;

    private Design design;
    private TrafficGraph graph;
    private Graph<String, DefaultEdge> plainGraph;
    private List<String> users;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(size);
        graph = new TrafficGraph(design);
        // The same traffic graph as a plain JGraphT graph of component ids, as a first version would hold it.
        plainGraph = new DefaultDirectedGraph<>(DefaultEdge.class);
        design.components().forEach(c -> plainGraph.addVertex(c.id()));
        design.links().stream().filter(graph::isTraffic).forEach(l -> plainGraph.addEdge(l.from(), l.to()));
        users = design.componentsOf(ComponentKind.USERS).stream().map(Component::id).toList();
    }

    /**
     * Everything `audit` does after loading: graphs, failure analysis and every rule. Five forks: on a
     * shared 2-core machine one fork's mean at 100k moves by a tenth or more from the next one's, and the
     * growth from 10k to 100k is a ratio of two such means.
     */
    @Benchmark
    @Fork(5)
    public List<Finding> fullAudit() {
        return new Auditor().audit(design);
    }

    /** One breadth-first search from the users over the audit's own compact (int array) traffic graph. */
    @Benchmark
    public boolean[] oneBreadthFirstSearch() {
        return graph.reachable(null);
    }

    /** One breadth-first search from the users with JGraphT's iterator over the same graph held plainly. */
    @Benchmark
    public int onePlainBreadthFirstSearch() {
        BreadthFirstIterator<String, DefaultEdge> search = new BreadthFirstIterator<>(plainGraph, users);
        int reached = 0;
        while (search.hasNext()) {
            search.next();
            reached++;
        }
        return reached;
    }

    /**
     * Reads each component's id and label once, and nothing else: the least any audit that names
     * components must do. Its growth from 10k to 100k is this machine's memory cliff, not an algorithm's.
     */
    @Benchmark
    public long readEveryComponentOnce() {
        long sum = 0;
        for (Component c : design.components()) {
            sum += c.id().length() + c.label().length();
        }
        return sum;
    }

    /** The quadratic oracle; skipped at 100k, where it would run for hours. */
    @Benchmark
    public Map<String, ?> bruteForceOracle() {
        if (size > 10_000) {
            return Map.of();
        }
        return BruteForceFailures.of(design);
    }
}
