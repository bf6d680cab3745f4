package dev.infradesigner.bench;

import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.model.Design;
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
 * The design's availability (reads, writes and what drives the downtime) on the audit benchmark's generated
 * designs, to set against the goal (10,000 components under 1 s, its error bound stated). Run:
 * {@code java ... org.openjdk.jmh.Main AvailabilityBenchmark} (docs/availability.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvailabilityBenchmark {

    @Param({"1000", "10000"})
    public int size;

    private Design design;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(size);
        DesignAvailability a = DesignAvailability.of(design);
        System.out.printf("%n%d components: reads %s, writes %s, %d parts%n", size, a.reads(), a.writes(), a.parts());
    }

    @Benchmark
    public DesignAvailability availability() {
        return DesignAvailability.of(design);
    }
}
