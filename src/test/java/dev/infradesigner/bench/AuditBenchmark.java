package dev.infradesigner.bench;

import dev.infradesigner.analysis.BruteForceFailures;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Map;
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
 * The full audit against one plain breadth-first search over the same traffic graph, and against the
 * brute-force oracle (remove each failure domain, search again), on generated designs.
 * Run: {@code mvn -Pbench test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditBenchmark {

    @Param({"1000", "10000", "100000"})
    public int size;

    private Design design;
    private TrafficGraph graph;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(size);
        graph = new TrafficGraph(design);
    }

    /** Everything `audit` does after loading: graphs, failure analysis and every rule. */
    @Benchmark
    public List<Finding> fullAudit() {
        return new Auditor().audit(design);
    }

    /** One breadth-first search from the users over the traffic graph, the unit the audit is measured in. */
    @Benchmark
    public boolean[] oneBreadthFirstSearch() {
        return graph.reachable(null);
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
