package dev.infradesigner.lab.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Tier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** The rules of agreement between a drill and the audit, on requests made up for each case. */
class CaseJudgeTest {

    private static final Drill.Settings SETTINGS = new Drill.Settings(20, 0.25, 10_000, 5_000, 60_000, 20_000, 12_000);
    private static final long FAIL = 100_000;
    private static final long RESTORE = FAIL + 10_000;
    private static final CaseJudge.Times TIMES = new CaseJudge.Times(FAIL, RESTORE, RESTORE + 3_000, true, true, false,
            -1);
    private static final Prediction SAFE = new Prediction(Set.of(), List.of());
    private static final Prediction WRITER = new Prediction(EnumSet.of(Tier.DATABASE_WRITES),
            List.of("spof.database-writer"));
    private static final Prediction CUT = new Prediction(EnumSet.allOf(Tier.class), List.of("spof.load-balancer"));

    /** One request every 50 ms from 5 s before the failure until 3 s after restoring, each 20 ms long. */
    private static List<RequestRecord> load(LongPredicate fails, LongPredicate writeFails) {
        List<RequestRecord> out = new ArrayList<>();
        long id = 0;
        for (long start = FAIL - 5_000; start < RESTORE + 3_000; start += 50) {
            boolean write = id % 4 == 3;
            boolean failed = write ? writeFails.test(start) : fails.test(start);
            out.add(new RequestRecord(id++, write ? "POST" : "GET", write ? "k" + id : null, start, start + 20,
                    failed ? 503 : 200, null, "app-01"));
        }
        return out;
    }

    private static CaseResult judge(List<RequestRecord> load, Prediction prediction, CaseJudge.Times times) {
        return new CaseJudge(SETTINGS).judge(load, DrillCase.domain("web-01", DrillCase.Mode.KILLED), "web-01",
                prediction, times);
    }

    private static boolean down(long t) {
        return t >= FAIL && t < RESTORE;
    }

    @Test
    void aSafeDomainMayLoseRequestsUntilTheHealthChecksReact() {
        CaseResult r = judge(load(t -> t >= FAIL && t < FAIL + 2_000, t -> t >= FAIL && t < FAIL + 2_000), SAFE, TIMES);
        assertTrue(r.agrees(), r.why());
        assertEquals(40, r.failed());
        assertEquals(40, r.longestStreak());
        assertEquals(200, r.sent());
        assertEquals(2_000 - 50 + 1, r.wholeAfterMs());
    }

    @Test
    void aSafeDomainThatLosesARequestAfterTheReactionTimeDisagrees() {
        CaseResult r = judge(load(t -> t == FAIL + 6_000, t -> false), SAFE, TIMES);
        assertFalse(r.agrees());
        assertEquals(1, r.failedLate());
        assertTrue(r.why().contains("1 requests sent 5 s or more after the failure failed"), r.why());
    }

    @Test
    void theOnlyWritableDatabaseLosesWritesAndKeepsReads() {
        assertTrue(judge(load(t -> false, CaseJudgeTest::down), WRITER, TIMES).agrees());
        CaseResult readsLost = judge(load(t -> t == FAIL + 7_000, CaseJudgeTest::down), WRITER, TIMES);
        assertFalse(readsLost.agrees());
        assertEquals("1 reads failed", readsLost.why());
        CaseResult writesKept = judge(load(t -> false, t -> down(t) && t < FAIL + 8_000), WRITER, TIMES);
        assertFalse(writesKept.agrees(), "writes still succeed late in the failure");
        assertTrue(writesKept.why().contains("writes still succeeded"), writesKept.why());
    }

    @Test
    void aSinglePointOfFailureMustServeNobodyWhileDown() {
        assertTrue(judge(load(CaseJudgeTest::down, CaseJudgeTest::down), CUT, TIMES).agrees());
        CaseResult served = judge(load(t -> down(t) && t != FAIL + 9_000, CaseJudgeTest::down), CUT, TIMES);
        assertFalse(served.agrees());
        assertEquals("1 of 100 requests were still served", served.why());
    }

    @Test
    void requestsHeldUntilTheRestoreWereNotServedWhileDown() {
        // A frozen entry point: requests hang and succeed only once it is thawed.
        List<RequestRecord> held = new ArrayList<>();
        for (RequestRecord r : load(t -> false, t -> false)) {
            held.add(down(r.start()) ? new RequestRecord(r.id(), r.method(), r.key(), r.start(), RESTORE + 100, 200,
                    null, "app-01") : r);
        }
        assertTrue(judge(held, CUT, TIMES).agrees());
        CaseResult safe = judge(held, SAFE, TIMES);
        assertTrue(safe.agrees(), "nothing was lost");
        assertEquals(-1, safe.wholeAfterMs(), "but nobody was served promptly while it was down");
    }

    @Test
    void aDesignNotWholeBeforeOrAfterNeverAgrees() {
        List<RequestRecord> fine = load(t -> false, t -> false);
        CaseResult before = judge(fine, SAFE, new CaseJudge.Times(FAIL, RESTORE, RESTORE + 3_000, false, true, false, -1));
        assertFalse(before.agrees());
        assertTrue(before.why().contains("not whole before"), before.why());
        CaseResult after = judge(fine, SAFE, new CaseJudge.Times(FAIL, RESTORE, RESTORE + 3_000, true, false, false, -1));
        assertFalse(after.agrees());
        assertEquals(-1, after.restoredMs());
    }
}
