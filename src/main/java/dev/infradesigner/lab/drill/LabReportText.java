package dev.infradesigner.lab.drill;

import java.io.PrintWriter;

/** The lab's report for people: checks, then one line per drill with the audit's prediction beside it. */
public final class LabReportText {

    private LabReportText() {
    }

    public static void print(LabReport report, boolean details, PrintWriter out) {
        out.printf("%nLab: %s%n", report.design());
        out.printf("  %d hosts up in %.1f s; users at %s open %s (%s)%n", report.hosts(), report.bootMs() / 1000.0,
                report.users(), report.entry().url(), report.entry().address());
        report.notes().forEach(n -> out.println("  note: " + n));
        out.println();
        out.println("Checks");
        for (Check c : report.checks()) {
            out.printf("  %-6s %-20s %s%n", c.passed() ? "ok" : "FAILED", c.name(), c.summary());
            if (details || !c.passed()) {
                c.details().forEach(d -> out.println("           " + d));
            }
        }
        if (report.settings() != null) {
            out.println();
            Drill.Settings s = report.settings();
            boolean devices = report.drills().stream().anyMatch(r -> r.drill().device());
            out.printf("Drills (%.0f requests/s, %.0f%% writes; each failure lasts %d s%s; health checks may take %d s%s)%n",
                    s.rate(), s.writes() * 100, s.holdMs() / 1000,
                    devices ? ", a network device's " + s.deviceHoldMs() / 1000 + " s" : "", s.reactionMs() / 1000,
                    devices ? ", the spanning tree and health checks " + s.deviceReactionMs() / 1000
                            + " s after a device" : "");
            out.printf("  %-22s %-7s %5s %7s %7s %10s %10s %9s  %-34s %s%n", "failure", "mode", "sent", "failed",
                    "streak", "whole in", "back in", "float IP", "audit", "verdict");
            for (CaseResult r : report.drills()) {
                out.printf("  %-22s %-7s %5d %7d %7d %10s %10s %9s  %-34s %s%n",
                        (r.drill().serviceOnly() ? "HAProxy on " : "") + r.target(), r.drill().words(), r.sent(),
                        r.failed(), r.longestStreak(), seconds(r.wholeAfterMs()), seconds(r.restoredMs()),
                        r.floatingIpMs() < 0 ? "-" : seconds(r.floatingIpMs()), r.prediction().describe(),
                        r.agrees() ? "agrees" : "DISAGREES: " + r.why());
            }
            long agree = report.drills().stream().filter(CaseResult::agrees).count();
            out.printf("  reality agrees with the audit on %d of %d drills%n", agree, report.drills().size());
        }
        out.println();
        if (report.teardownMs() >= 0) {
            out.printf("Torn down in %.1f s; %s%n", report.teardownMs() / 1000.0, report.leftovers().isEmpty()
                    ? "nothing left behind" : "LEFT BEHIND: " + String.join(", ", report.leftovers()));
        } else {
            out.println("Kept running: 'infra-designer lab down' removes it.");
        }
        out.println(report.passed() ? "Result: passed" : "Result: FAILED");
        out.flush();
    }

    private static String seconds(long millis) {
        return millis < 0 ? "never" : String.format("%.1f s", millis / 1000.0);
    }
}
