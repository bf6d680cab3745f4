package dev.infradesigner.bench;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.lab.LabExports;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.LabPlanner;
import dev.infradesigner.lab.drill.Drill;
import dev.infradesigner.lab.drill.LabReport;
import dev.infradesigner.lab.drill.LabRun;
import dev.infradesigner.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the lab takes to boot a design as hosts and to tear it down again, run after run (the lab's goal
 * for sample 4: up in under 20 s, down in under 5 s, nothing left). A harness, not a test: boot time is CPU
 * time (nine firewalls, two databases, a dozen daemons) and so depends on the machine. Linux, as root.
 *
 * <p>Arguments: the design (default sample 4) and the number of runs (default 3).
 */
public final class LabBootBenchmark {

    private LabBootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/04-scaled-up.infra");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Design design = DesignFiles.load(file);
        LabPlan plan = LabPlanner.plan(design, LabExports.of(design));
        System.out.printf("%s: %d hosts, %d cores%n", file, plan.hosts().size(),
                Runtime.getRuntime().availableProcessors());
        List<Long> boots = new ArrayList<>();
        List<Long> downs = new ArrayList<>();
        boolean clean = true;
        for (int run = 1; run <= runs; run++) {
            LabReport report = LabRun.run(plan, new LabRun.Options(false, false, Drill.Settings.DEFAULT),
                    line -> { });
            boots.add(report.bootMs());
            downs.add(report.teardownMs());
            clean &= report.leftovers().isEmpty();
            System.out.printf("run %d: up in %.1f s, down in %.1f s%s%n", run, report.bootMs() / 1e3,
                    report.teardownMs() / 1e3, report.leftovers().isEmpty() ? "" : ", left " + report.leftovers());
        }
        System.out.printf("median: up in %.1f s, down in %.1f s; %s%n", median(boots) / 1e3, median(downs) / 1e3,
                clean ? "nothing left behind" : "something was left behind");
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
