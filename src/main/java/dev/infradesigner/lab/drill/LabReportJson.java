package dev.infradesigner.lab.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lab's report for scripts ({@code lab --format json}): the same facts as the text, with stable names
 * (documented in docs/lab.md); times in milliseconds, -1 where something never happened.
 */
public final class LabReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabReportJson() {
    }

    public static String of(LabReport report) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("design", report.design());
        root.put("passed", report.passed());
        ObjectNode entry = root.putObject("entry");
        entry.put("url", report.entry().url());
        entry.put("address", report.entry().address());
        root.put("users", report.users());
        root.put("hosts", report.hosts());
        root.put("bootMs", report.bootMs());
        ArrayNode notes = root.putArray("notRun");
        report.notes().forEach(notes::add);
        ArrayNode checks = root.putArray("checks");
        for (Check c : report.checks()) {
            ObjectNode n = checks.addObject();
            n.put("name", c.name());
            n.put("passed", c.passed());
            n.put("summary", c.summary());
            ArrayNode details = n.putArray("details");
            c.details().forEach(details::add);
        }
        if (report.settings() != null) {
            ObjectNode s = root.putObject("load");
            s.put("requestsPerSecond", report.settings().rate());
            s.put("writeShare", report.settings().writes());
            s.put("holdMs", report.settings().holdMs());
            s.put("reactionMs", report.settings().reactionMs());
            s.put("deviceHoldMs", report.settings().deviceHoldMs());
            s.put("deviceReactionMs", report.settings().deviceReactionMs());
        }
        ArrayNode drills = root.putArray("drills");
        for (CaseResult r : report.drills()) {
            ObjectNode n = drills.addObject();
            n.put("target", r.target());
            n.put("failure", r.drill().failure());
            n.put("mode", r.drill().words());
            ObjectNode audit = n.putObject("audit");
            audit.put("outcome", r.prediction().outcome().words());
            ArrayNode findings = audit.putArray("findings");
            r.prediction().findings().forEach(findings::add);
            ArrayNode tiers = audit.putArray("lostTiers");
            r.prediction().lostTiers().forEach(t -> tiers.add(t.description()));
            n.put("sent", r.sent());
            n.put("failed", r.failed());
            n.put("inFlightAtFailure", r.inFlight());
            n.put("failedAfterReaction", r.failedLate());
            n.put("failedReads", r.failedReads());
            n.put("failedWrites", r.failedWrites());
            n.put("writesSent", r.writesSent());
            n.put("longestErrorStreak", r.longestStreak());
            n.put("wholeAfterMs", r.wholeAfterMs());
            n.put("wholeAfterRestoreMs", r.restoredMs());
            n.put("failedWhileRestoring", r.lostOnRestore());
            n.put("floatingIpMovedMs", r.floatingIpMs());
            n.put("agrees", r.agrees());
            n.put("why", r.why());
        }
        root.put("teardownMs", report.teardownMs());
        ArrayNode left = root.putArray("leftBehind");
        report.leftovers().forEach(left::add);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
