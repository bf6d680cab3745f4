package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.bench.DesignGenerator;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The auditor's order is documented (docs/audit-output.md); its fast sort must keep exactly that order. */
class AuditorTest {

    /** A rule that reports what it is given, whatever the design. */
    private record Canned(String id, List<Finding> findings) implements AuditRule {
        @Override
        public String title() {
            return id;
        }

        @Override
        public void check(AuditContext context, Consumer<Finding> report) {
            findings.forEach(report);
        }
    }

    @Test
    void findingsComeUnsuppressedFirstThenBySeverityRuleIdFirstComponentsPlaceAndReportOrder() {
        Random random = new Random(7);
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Ids whose order as strings is not their order in the design: "n-10" sorts before "n-2".
            components.add(Component.create("n-" + (i * 7919 % 300), ComponentKind.SERVER, "Server " + i,
                    new Bounds(0, 0, 100, 50)));
        }
        Design design = new Design("d", components, List.of(), List.of(new Suppression("spof.server", "accepted")));
        List<AuditRule> rules = new ArrayList<>();
        List<Finding> reported = new ArrayList<>();
        for (String id : List.of("monitoring.missing", "firewall.missing", "spof.server", "lb.no-standby")) {
            List<Finding> findings = new ArrayList<>();
            int place = 0;
            for (int i = 0; i < 400; i++) {
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                // Mostly forward through the design, as real rules report, with repeats, jumps back,
                // and ids equal to the design's but not the same strings.
                place = switch (random.nextInt(6)) {
                    case 0 -> random.nextInt(300);
                    case 1 -> place;
                    case 2 -> Math.min(299, place + 20 + random.nextInt(40));
                    default -> Math.min(299, place + random.nextInt(5));
                };
                String first = random.nextBoolean() ? idAt(design, place) : new String(idAt(design, place));
                List<String> ids = random.nextInt(20) == 0 ? List.of() : List.of(first, idAt(design, 0));
                Finding finding = new Finding(id, severity, id, "message " + i, "fix", ids);
                findings.add(finding);
                reported.add(id.equals("spof.server") ? finding.suppressedBecause("accepted") : finding);
            }
            rules.add(new Canned(id, findings));
        }

        List<Finding> audited = new Auditor(rules).audit(design);

        List<Finding> expected = new ArrayList<>(reported);
        expected.sort(documented(design)); // a stable sort: equal keys stay in the order reported
        assertEquals(1600, audited.size());
        assertTrue(audited.stream().anyMatch(Finding::suppressed));
        assertEquals(expected.stream().map(AuditorTest::key).toList(), audited.stream().map(AuditorTest::key).toList());
    }

    /** Real rules on real designs, not only canned findings, come in the documented order. */
    @Test
    void realAuditsComeInTheDocumentedOrder() {
        List<Design> designs = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            designs.add(RandomDesigns.generate(seed));
        }
        designs.add(DesignGenerator.generate(5_000));
        for (Design design : designs) {
            List<Finding> audited = new Auditor().audit(design);
            for (int i = 1; i < audited.size(); i++) {
                Finding before = audited.get(i - 1);
                Finding after = audited.get(i);
                assertTrue(documented(design).compare(before, after) <= 0, () -> design.name() + ": " + key(before)
                        + " before " + key(after));
            }
        }
    }

    /** The order docs/audit-output.md documents, short of the order each rule reports in. */
    private static Comparator<Finding> documented(Design design) {
        return Comparator.comparing(Finding::suppressed).thenComparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparingInt(f -> f.componentIds().isEmpty() ? -1 : placeOf(design, f.componentIds().get(0)));
    }

    private static String idAt(Design design, int place) {
        return design.components().get(place).id();
    }

    private static int placeOf(Design design, String id) {
        for (int i = 0; i < design.components().size(); i++) {
            if (idAt(design, i).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(Finding f) {
        return f.suppressed() + " " + f.severity() + " " + f.ruleId() + " " + f.componentIds() + " " + f.message();
    }
}
