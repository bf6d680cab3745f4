package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.lab.drill.CaseResult;
import dev.infradesigner.lab.drill.Drill;
import dev.infradesigner.lab.drill.LabReport;
import dev.infradesigner.lab.drill.LabReportText;
import dev.infradesigner.lab.drill.LabRun;
import dev.infradesigner.lab.drill.Prediction;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The network layer, for real: the fifth sample with its second uplink gone, booted with its switches,
 * routers and uplink as spanning-tree bridges, and one device of each kind failed under load. The one uplink
 * left is the single point of failure the audit names ({@code network.single-uplink}): while it is down users must be
 * cut off, and served again once it is back. The router and switch the audit calls safe must serve through
 * their loss once the spanning tree has opened another path (within the drill's device reaction time). One
 * boot carries all three drills, to keep CI short; the report is kept in {@code target/lab-reports/}.
 */
class LabNetworkDrillTest {

    @Test
    void aDrillFailsEachKindOfNetworkDeviceForRealAndAgreesWithTheAudit() throws Exception {
        LabMachine.require();
        Design sample = DesignFiles.load(Path.of("samples", "05-redundant-network.infra"));
        Design design = sample.without(List.of(byLabel(sample, "Uplink B").id()));
        assertTrue(new Auditor().audit(design).stream().anyMatch(f -> f.ruleId().equals("network.single-uplink")
                && f.componentIds().contains(byLabel(design, "Uplink A").id())),
                "the audit names the one uplink left as a single point of failure");

        LabPlan plan = LabPlanner.plan(design, LabExports.of(design));
        StringWriter progress = new StringWriter();
        PrintWriter log = new PrintWriter(progress, true);
        List<String> only = List.of("Uplink A", "Edge router B", "Switch A");
        LabReport report = LabRun.run(plan, new LabRun.Options(true, false, Drill.Settings.DEFAULT, only, null),
                log::println);
        StringWriter text = new StringWriter();
        LabReportText.print(report, true, new PrintWriter(text));
        Path dir = Files.createDirectories(Path.of("target/lab-reports"));
        Files.writeString(dir.resolve("05-without-uplink-b.txt"), progress + text.toString());

        List<String> problems = new ArrayList<>();
        report.checks().stream().filter(c -> !c.passed()).forEach(c -> problems.add("check " + c.name() + ": "
                + c.summary() + " " + c.details()));
        Map<String, Prediction.Outcome> predicted = new TreeMap<>();
        for (CaseResult r : report.drills()) {
            predicted.put(r.target(), r.prediction().outcome());
            if (!r.agrees()) {
                problems.add(r.target() + " disagrees with the audit: " + r.why());
            }
            if (r.restoredMs() < 0) {
                problems.add(r.target() + ": users were not served again after it came back");
            }
        }
        assertEquals(Map.of("Uplink A", Prediction.Outcome.CUT_OFF, "Edge router B", Prediction.Outcome.NO_LOSS,
                "Switch A", Prediction.Outcome.NO_LOSS), predicted, "one drill per device asked for\n" + text);
        assertEquals(List.of(), report.leftovers(), "nothing is left behind");
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\n" + text);
    }

    private static Component byLabel(Design design, String label) {
        return design.components().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }
}
