package dev.infradesigner.bench;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporter;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
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

/** Every exporter, full files, on generated designs of 1k and 10k components (growth goal: at most 12x). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    @Param({"1000", "10000"})
    public int size;

    private Design design;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(size);
    }

    @Benchmark
    public List<ExportedFile> exportEverything() {
        List<ExportedFile> files = new ArrayList<>();
        for (Exporter exporter : Exporters.all()) {
            files.addAll(exporter.export(design, ExportMode.FULL));
        }
        return files;
    }
}
