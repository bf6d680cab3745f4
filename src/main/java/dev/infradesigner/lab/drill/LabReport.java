package dev.infradesigner.lab.drill;

import dev.infradesigner.lab.LabPlan;
import java.util.List;

/**
 * Everything one lab run found: how it booted, each check, each drill next to the audit's prediction, and
 * whether it left the machine as it found it.
 *
 * @param design     the design's name
 * @param entry      how users reached the site
 * @param users      the users' address
 * @param hosts      how many servers ran
 * @param bootMs     how long booting took
 * @param notes      what of the design was not run, and why
 * @param checks     the checks, in the order run
 * @param settings   the drills' load and timing, or {@code null} without drills
 * @param drills     the drills, in the order run (empty without {@code --drill})
 * @param teardownMs how long stopping and removing everything took, or -1 when the lab was kept
 * @param leftovers  what was still there after teardown (empty when the machine is as it was)
 */
public record LabReport(String design, LabPlan.Entry entry, String users, int hosts, long bootMs, List<String> notes,
        List<Check> checks, Drill.Settings settings, List<CaseResult> drills, long teardownMs, List<String> leftovers) {

    public LabReport {
        notes = List.copyOf(notes);
        checks = List.copyOf(checks);
        drills = List.copyOf(drills);
        leftovers = List.copyOf(leftovers);
    }

    /** Whether every check passed, every drill agreed with the audit, and nothing was left behind. */
    public boolean passed() {
        return checks.stream().allMatch(Check::passed) && drills.stream().allMatch(CaseResult::agrees)
                && leftovers.isEmpty();
    }

    public LabReport withTeardown(long millis, List<String> left) {
        return new LabReport(design, entry, users, hosts, bootMs, notes, checks, settings, drills, millis, left);
    }
}
