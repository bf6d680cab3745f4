package dev.infradesigner.bench;

import dev.infradesigner.analysis.layout.Placed;
import dev.infradesigner.analysis.layout.TidyLayout;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import java.util.Arrays;
import java.util.Map;

/**
 * How long Tidy Up's layout takes for generated designs of 1,000 and 5,000 components (goals: under 1 s and
 * under 5 s), the layout computed and applied as the editor does, the first run after the warm-up the app does at start, then the median and worst of seven.
 *
 * <p>A harness, not a test: timings depend on the machine. Run it as docs/canvas-performance.md says.
 */
public final class TidyUpBenchmark {

    private TidyUpBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 5_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        long cold = System.nanoTime();
        TidyLayout.warmUp();
        System.out.printf("warm-up (ELK loaded, as the app does 3 s after start): %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        System.out.printf("%-8s %8s %10s %10s %10s%n", "size", "links", "first ms", "median ms", "max ms");
        for (int size : sizes) {
            Design design = DesignGenerator.generate(size);
            long start = System.nanoTime();
            once(design);
            double first = (System.nanoTime() - start) / 1e6;
            int runs = 7;
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                once(design);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("%-8d %8d %10.0f %10.0f %10.0f%n", design.components().size(), design.links().size(),
                    first, times[runs / 2], times[runs - 1]);
        }
    }

    private static Design once(Design design) {
        Map<String, Bounds> bounds = TidyLayout.all(design);
        return Placed.apply(design, bounds);
    }
}
