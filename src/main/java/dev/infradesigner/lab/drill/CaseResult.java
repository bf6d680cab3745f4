package dev.infradesigner.lab.drill;

/**
 * What one failure did to the users, next to what the audit predicted.
 *
 * @param drill          what failed
 * @param target         the host it happened on
 * @param prediction     what the audit says
 * @param sent           requests sent while it was down
 * @param failed         of those, and of the requests in flight when it failed, how many users lost
 * @param inFlight       requests in flight at the moment of failure
 * @param failedLate     failures among requests sent after the reaction time (the health checks' share)
 * @param failedReads    reads that failed while it was down
 * @param failedWrites   writes that failed while it was down
 * @param writesSent     writes sent while it was down
 * @param longestStreak  the longest run of consecutive failed requests
 * @param wholeAfterMs   how long after the failure every request succeeded promptly again (while still down),
 *                       or -1 when that did not happen before it was restored
 * @param restoredMs     how long after it was restored the design was whole again, or -1 when it was not
 * @param lostOnRestore  requests that failed while it came back
 * @param heldFloatingIp whether the failed host held a floating IP when it failed
 * @param floatingIpMs   how long the floating IP took to move to another host, or -1 (no move, or none)
 * @param agrees         whether what users saw is what the audit predicted
 * @param why            what was seen, in words, when it does not agree (or a note)
 */
public record CaseResult(DrillCase drill, String target, Prediction prediction, int sent, int failed, int inFlight,
        int failedLate, int failedReads, int failedWrites, int writesSent, int longestStreak, long wholeAfterMs,
        long restoredMs, int lostOnRestore, boolean heldFloatingIp, long floatingIpMs, boolean agrees, String why) {
}
