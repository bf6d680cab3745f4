package dev.infradesigner.lab.drill;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.programs.StandInApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One run of the lab as {@code infra-designer lab} does it: boot, check what the design promises
 * (flows, exposure, replication, read-only replicas, monitoring, the site itself), optionally drill every
 * failure domain under load, then tear down and make sure nothing is left.
 */
public final class LabRun {

    private LabRun() {
    }

    /**
     * What to do.
     *
     * @param drill    whether to drill the failure domains
     * @param keep     whether to leave the lab running
     * @param settings the drills' load and timing
     * @param only     the host names to drill (empty: every server), so one server can be drilled again
     * @param requests where to write every request the users sent, one JSON line each, or {@code null}
     */
    public record Options(boolean drill, boolean keep, Drill.Settings settings, List<String> only, Path requests) {

        public Options {
            only = List.copyOf(only);
        }

        public Options(boolean drill, boolean keep, Drill.Settings settings) {
            this(drill, keep, settings, List.of(), null);
        }
    }

    public static LabReport run(LabPlan plan, Options options, Consumer<String> progress) {
        LabReport report;
        Lab lab = Lab.boot(plan, progress);
        try {
            progress.accept(String.format("booted in %.1f s; checking", lab.bootTime().toMillis() / 1000.0));
            List<Check> checks = new ArrayList<>();
            checks.add(FlowCheck.run(lab));
            checks.add(ExposureCheck.run(lab));
            checks.add(DatabaseChecks.replication(lab));
            checks.add(DatabaseChecks.replicasReadOnly(lab));
            checks.add(MonitoringCheck.run(lab));
            List<CaseResult> drills = new ArrayList<>();
            Drill.Settings settings = options.settings();
            try (LoadSession load = LoadSession.start(lab, settings.rate(), settings.writes())) {
                Drill drill = new Drill(lab, load, settings);
                long whole = drill.awaitWhole();
                checks.add(siteCheck(plan, load, whole));
                if (options.drill() && whole >= 0) {
                    for (DrillCase c : Drill.cases(plan, options.only())) {
                        CaseResult r = drill.run(c, progress);
                        drills.add(r);
                        progress.accept("  " + (r.agrees() ? "agrees" : "DISAGREES: " + r.why()) + " (" + r.failed()
                                + " of " + r.sent() + " failed)");
                    }
                }
                load.close();
                if (options.requests() != null) {
                    RequestLog.write(options.requests(), load.all(), drill.events());
                }
                if (options.drill()) {
                    checks.add(durability(lab, load));
                }
            }
            report = new LabReport(plan.design().name(), plan.entry(), plan.usersAddress(), plan.hosts().size(),
                    lab.bootTime().toMillis(), plan.notes(), checks, options.drill() ? settings : null, drills, -1,
                    List.of());
            if (options.keep()) {
                lab.keepRunning();
            }
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
        long start = System.nanoTime();
        lab.close();
        if (options.keep()) {
            return report;
        }
        return report.withTeardown((System.nanoTime() - start) / 1_000_000, leftovers());
    }

    private static Check siteCheck(LabPlan plan, LoadSession load, long wholeMs) {
        List<RequestRecord> all = load.all();
        Set<String> servedBy = new TreeSet<>();
        all.stream().filter(RequestRecord::ok).map(RequestRecord::servedBy).filter(s -> s != null).forEach(servedBy::add);
        long ok = all.stream().filter(RequestRecord::ok).count();
        return new Check("site", wholeMs >= 0, wholeMs >= 0 ? "users reach " + plan.entry().url() + " (reads and "
                + "writes; answered by " + String.join(", ", servedBy) + ")" : "users never got steady service: " + ok
                + " of " + all.size() + " requests answered", List.of());
    }

    /** Every write the users were told succeeded is on its primary and on each replica. */
    private static Check durability(Lab lab, LoadSession load) {
        Set<String> acknowledged = new HashSet<>();
        load.where(r -> r.write() && r.ok() && r.key() != null).forEach(r -> acknowledged.add(r.key()));
        List<String> details = new ArrayList<>();
        boolean passed = true;
        String database = lab.accounts().database();
        if (database == null) {
            return new Check("acknowledged writes", true, "the design has no database", List.of());
        }
        Set<LabHost> databases = new java.util.LinkedHashSet<>();
        DatabaseChecks.pairs(lab.plan()).forEach(p -> {
            databases.add(p.source());
            databases.add(p.replica());
        });
        lab.plan().hosts().stream().filter(h -> h.hosts(dev.infradesigner.model.ComponentKind.DATABASE))
                .forEach(databases::add);
        for (LabHost db : databases) {
            Set<String> keys = new HashSet<>();
            long deadline = System.currentTimeMillis() + 20_000;
            int missing;
            do {
                keys.clear();
                String rows = lab.sql(db, "SELECT idem_key FROM `" + database + "`." + StandInApp.TABLE);
                rows.lines().forEach(keys::add);
                missing = (int) acknowledged.stream().filter(k -> !keys.contains(k)).count();
                if (missing > 0) {
                    Whole.sleep(500);
                }
            } while (missing > 0 && System.currentTimeMillis() < deadline);
            passed &= missing == 0;
            details.add((missing == 0 ? "ok      " : "FAILED  ") + db.hostname() + ": " + (acknowledged.size() - missing)
                    + " of " + acknowledged.size() + " acknowledged writes");
        }
        return new Check("acknowledged writes", passed, passed ? "all " + acknowledged.size()
                + " writes users were told succeeded are on every database" : "acknowledged writes are missing", details);
    }

    /** Whatever of a lab is still on the machine: namespaces, /etc/netns entries, hosts' folders. */
    public static List<String> leftovers() {
        List<String> out = new ArrayList<>();
        ProcessRunner.Result r = dev.infradesigner.lab.Exec.run(java.time.Duration.ofSeconds(5),
                List.of("ip", "netns", "list"));
        r.output().lines().map(l -> l.strip().split("\\s+")[0]).filter(n -> n.startsWith("idl-"))
                .forEach(n -> out.add("namespace " + n));
        try (var entries = Files.exists(Path.of("/etc/netns")) ? Files.list(Path.of("/etc/netns"))
                : java.util.stream.Stream.<Path>empty()) {
            entries.filter(p -> p.getFileName().toString().startsWith("idl-")).forEach(p -> out.add(p.toString()));
        } catch (java.io.IOException e) {
            out.add("/etc/netns (unreadable: " + e.getMessage() + ")");
        }
        if (Files.exists(Path.of("/var/tmp/infra-designer-lab"))) {
            out.add("/var/tmp/infra-designer-lab");
        }
        return out;
    }
}
