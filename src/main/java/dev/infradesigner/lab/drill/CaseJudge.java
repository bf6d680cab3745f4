package dev.infradesigner.lab.drill;

import java.util.List;
import java.util.function.Predicate;

/**
 * Compares what users saw during one failure with what the audit predicted. Pure: it reads the requests'
 * records and the moments of failure and restoration, so every rule of agreement is tested on its own.
 *
 * <ul>
 *   <li>No loss predicted: no request sent once the health checks had time to react may fail (those in
 *       flight at the moment of failure may).</li>
 *   <li>Writes lost: after that time, no write may succeed while it is down, and no read may fail.</li>
 *   <li>Cut off: after that time, no request may be served while it is down.</li>
 * </ul>
 * The design must also be whole before the failure and again after it is restored.
 */
final class CaseJudge {

    /** A request this slow is not served well, even if it succeeds. */
    static final long SLOW_MS = 1500;

    /**
     * The moments that matter, in epoch milliseconds.
     *
     * @param failedAt   when the failure began
     * @param restoredAt when it was restored
     * @param wholeAt    when the design was whole again (or when waiting for it gave up)
     * @param wasWhole   whether it was whole before the failure
     * @param becameWhole whether it became whole again
     * @param heldFloatingIp whether the failed host held a floating IP
     * @param floatingIpMs how long a floating IP took to move, or -1
     */
    record Times(long failedAt, long restoredAt, long wholeAt, boolean wasWhole, boolean becameWhole,
            boolean heldFloatingIp, long floatingIpMs) {
    }

    private final Drill.Settings settings;

    CaseJudge(Drill.Settings settings) {
        this.settings = settings;
    }

    CaseResult judge(List<RequestRecord> all, DrillCase drill, String target, Prediction prediction, Times t) {
        long reaction = settings.reactionFor(drill);
        long reactedAt = t.failedAt() + reaction;
        List<RequestRecord> during = where(all, r -> r.start() >= t.failedAt() && r.start() < t.restoredAt());
        List<RequestRecord> inFlight = where(all, r -> r.inFlightAt(t.failedAt()));
        List<RequestRecord> late = where(all, r -> r.start() >= reactedAt && r.start() < t.restoredAt());
        List<RequestRecord> returning = where(all, r -> r.start() >= t.restoredAt() && r.start() < t.wholeAt());
        int failed = count(during, r -> !r.ok()) + count(inFlight, r -> !r.ok());
        int failedLate = count(late, r -> !r.ok());
        int streak = 0;
        int run = 0;
        for (RequestRecord r : where(all, r -> r.start() >= t.failedAt() - 2000 && r.start() < t.wholeAt())) {
            run = r.ok() ? 0 : run + 1;
            streak = Math.max(streak, run);
        }
        String why;
        boolean agrees;
        switch (prediction.outcome()) {
            case NO_LOSS -> {
                agrees = failedLate == 0 && !late.isEmpty();
                why = agrees ? "" : late.isEmpty() ? "no request was sent while it was down" : failedLate
                        + " requests sent " + reaction / 1000 + " s or more after the failure failed";
            }
            case WRITES_LOST -> {
                int writes = count(late, RequestRecord::write);
                int writesServed = count(late, r -> r.write() && r.ok() && r.end() < t.restoredAt());
                int readsFailed = count(late, r -> !r.write() && !r.ok());
                agrees = writes > 0 && writesServed == 0 && readsFailed == 0;
                why = agrees ? "" : writes == 0 ? "no write was sent while it was down" : writesServed > 0
                        ? writesServed + " of " + writes + " writes still succeeded" : readsFailed + " reads failed";
            }
            default -> {
                int served = count(late, r -> r.ok() && r.end() < t.restoredAt());
                agrees = !late.isEmpty() && served == 0;
                why = agrees ? "" : late.isEmpty() ? "no request was sent while it was down"
                        : served + " of " + late.size() + " requests were still served";
            }
        }
        if (!t.wasWhole()) {
            why = join(why, "the design was not whole before this failure");
            agrees = false;
        }
        if (!t.becameWhole()) {
            why = join(why, "the design was not whole again within " + settings.settleMs() / 1000
                    + " s of restoring it");
            agrees = false;
        }
        return new CaseResult(drill, target, prediction, during.size(), failed, inFlight.size(), failedLate,
                count(during, r -> !r.write() && !r.ok()), count(during, r -> r.write() && !r.ok()),
                count(during, RequestRecord::write), streak, wholeAfter(during, t.failedAt(), t.restoredAt()),
                t.becameWhole() ? t.wholeAt() - t.restoredAt() : -1, count(returning, r -> !r.ok()),
                t.heldFloatingIp(), t.floatingIpMs(), agrees, why);
    }

    /**
     * From the failure, how long until every later request (while down) succeeded promptly; -1 if never.
     * A request still unanswered when the failure was restored proves nothing either way.
     */
    static long wholeAfter(List<RequestRecord> during, long failedAt, long restoredAt) {
        long lastBad = during.stream().filter(r -> !r.ok() || r.millis() >= SLOW_MS)
                .mapToLong(RequestRecord::start).max().orElse(-1);
        boolean goodAfter = during.stream().anyMatch(r -> r.start() > lastBad && r.end() < restoredAt);
        if (!goodAfter) {
            return -1;
        }
        return lastBad < 0 ? 0 : lastBad - failedAt + 1;
    }

    private static List<RequestRecord> where(List<RequestRecord> all, Predicate<RequestRecord> filter) {
        return all.stream().filter(filter).sorted(java.util.Comparator.comparingLong(RequestRecord::id)).toList();
    }

    private static int count(List<RequestRecord> records, Predicate<RequestRecord> filter) {
        return (int) records.stream().filter(filter).count();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
