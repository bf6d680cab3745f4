package dev.infradesigner.lab.drill;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.lab.DatabaseAccount;
import dev.infradesigner.lab.Exec;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.programs.StandInApp;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the databases must do as exported: a write on a primary reaches each of its replicas (and how
 * soon), and no account the export creates can write on a replica, whatever its privileges on the primary.
 */
final class DatabaseChecks {

    private DatabaseChecks() {
    }

    /** The replicas of the design, each with the host of its source. */
    record Pair(LabHost replica, LabHost source, Component replicaDb, Component sourceDb) {
    }

    static List<Pair> pairs(LabPlan plan) {
        Design design = plan.design();
        List<Pair> out = new ArrayList<>();
        for (Component db : design.componentsOf(ComponentKind.DATABASE)) {
            DatabaseSettings s = db.settings(DatabaseSettings.class);
            if (s.role() != DatabaseRole.REPLICA) {
                continue;
            }
            Optional<Component> source = Optional.ofNullable(s.replicationSource()).flatMap(design::component)
                    .or(() -> design.linksTo(db.id()).stream().filter(l -> l.protocol() == Protocol.REPLICATION)
                            .map(l -> design.component(l.from()).orElseThrow()).findFirst());
            Optional<LabHost> replicaHost = plan.hostOf(db.id());
            Optional<LabHost> sourceHost = source.flatMap(c -> plan.hostOf(c.id()));
            if (source.isPresent() && replicaHost.isPresent() && sourceHost.isPresent()) {
                out.add(new Pair(replicaHost.get(), sourceHost.get(), db, source.get()));
            }
        }
        return out;
    }

    static Check replication(Lab lab) {
        List<String> details = new ArrayList<>();
        boolean passed = true;
        String database = lab.accounts().database();
        for (Pair p : pairs(lab.plan())) {
            String key = "lab-replication-" + UUID.randomUUID();
            lab.sql(p.source(), "INSERT INTO `" + database + "`." + StandInApp.TABLE + " (idem_key, served_by) VALUES ('"
                    + key + "', 'lab')");
            long start = System.nanoTime();
            long deadline = start + Duration.ofSeconds(10).toNanos();
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                seen = lab.sql(p.replica(), "SELECT COUNT(*) FROM `" + database + "`." + StandInApp.TABLE
                        + " WHERE idem_key = '" + key + "'").strip().equals("1");
            }
            double lag = (System.nanoTime() - start) / 1e9;
            passed &= seen;
            details.add(seen ? String.format("ok      a write on %s reached %s in %.2f s", p.source().hostname(),
                    p.replica().hostname(), lag) : "FAILED  a write on " + p.source().hostname() + " did not reach "
                    + p.replica().hostname() + " within 10 s");
        }
        return new Check("replication", passed, details.isEmpty() ? "no replica in the design"
                : passed ? "every replica receives its source's writes" : "a replica does not receive writes", details);
    }

    /** Every account the export creates tries to write on every replica, from the address it is for. */
    static Check replicasReadOnly(Lab lab) {
        LabPlan plan = lab.plan();
        List<String> details = new ArrayList<>();
        boolean passed = true;
        int tried = 0;
        for (Pair p : pairs(plan)) {
            int port = p.replicaDb().settings(DatabaseSettings.class).port();
            for (DatabaseAccount account : lab.accounts().all()) {
                Optional<LabHost> from = plan.hostAt(account.host());
                if (from.isEmpty()) {
                    details.add("skipped " + account.user() + "@" + account.host() + ": no server of the design has "
                            + "that address");
                    continue;
                }
                tried++;
                ProcessRunner.Result r = lab.inNamespace(from.get().namespace(), List.of("mariadb", "--no-defaults", "--ssl",
                        "--connect-timeout=5", "-h", p.replica().address(), "-P", String.valueOf(port), "-u",
                        account.user(), "-p" + account.password(), lab.accounts().database(), "-e",
                        "INSERT INTO " + StandInApp.TABLE + " (idem_key, served_by) VALUES ('lab-must-fail-"
                        + UUID.randomUUID() + "', 'lab')"), Duration.ofSeconds(20));
                boolean refused = !r.ok();
                passed &= refused;
                details.add((refused ? "ok      " : "FAILED  ") + account.user() + "@" + account.host() + " on "
                        + p.replica().hostname() + ": " + (refused ? "refused (" + reason(r.output()) + ")"
                        : "the write was accepted"));
            }
        }
        return new Check("read-only replicas", passed, tried == 0 ? "no account to try"
                : passed ? "every account the export creates is refused writes on every replica ("
                + tried + " tried)" : "an account can write on a replica", details);
    }

    private static String reason(String output) {
        String line = output.strip().lines().filter(l -> l.startsWith("ERROR")).findFirst().orElse(output.strip());
        if (line.contains("1290") || line.contains("read-only")) {
            return "read-only";
        }
        if (line.contains("1142") || line.contains("command denied")) {
            return "no privilege to write";
        }
        if (line.contains("1045") || line.contains("Access denied")) {
            return "login refused";
        }
        if (line.contains("2002") || line.contains("2003") || line.contains("Can't connect")) {
            return "cannot connect";
        }
        return line.length() > 100 ? line.substring(0, 100) : line;
    }
}
