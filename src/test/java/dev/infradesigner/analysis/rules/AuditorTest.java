package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.bench.DesignGenerator;
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

    /** Id characters from plain ASCII to wider than a byte, so packed keys meet every case. */
    private static final String ALPHABET = "ab-.z0\u00e9\u00ff\u0100\u4e00";

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
    void findingsComeUnsuppressedFirstThenBySeverityRuleIdAndFirstComponentId() {
        Random random = new Random(7);
        List<AuditRule> rules = new ArrayList<>();
        for (String id : List.of("monitoring.missing", "firewall.missing", "spof.server", "lb.no-standby")) {
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
                List<String> ids = random.nextInt(20) == 0 ? List.of() : List.of(randomId(random), "second");
                findings.add(new Finding(id, severity, id, "message " + i, "fix", ids));
            }
            rules.add(new Canned(id, findings));
        }
        Design design = new Design("d", List.of(), List.of(), List.of(new Suppression("spof.server", "accepted")));

        List<Finding> audited = new Auditor(rules).audit(design);

        List<Finding> expected = new ArrayList<>(audited);
        expected.sort(Comparator.comparing(Finding::suppressed).thenComparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.componentIds().isEmpty() ? "" : f.componentIds().get(0)));
        assertEquals(1600, audited.size());
        assertTrue(audited.stream().anyMatch(Finding::suppressed));
        assertEquals(expected.stream().map(AuditorTest::key).toList(), audited.stream().map(AuditorTest::key).toList());
    }

    /** Real rules on real designs, not only canned findings, come in the documented order. */
    @Test
    void realAuditsComeInTheDocumentedOrder() {
        Comparator<Finding> documented = Comparator.comparing(Finding::suppressed).thenComparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.componentIds().isEmpty() ? "" : f.componentIds().get(0));
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
                assertTrue(documented.compare(before, after) <= 0, () -> design.name() + ": " + key(before)
                        + " before " + key(after));
            }
        }
    }

    @Test
    void packedKeysOrderAsTheStringsDoOrTie() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String a = randomId(random);
            String b = random.nextBoolean() ? randomId(random) : a.substring(0, random.nextInt(a.length() + 1))
                    + randomId(random);
            int byKeys = Long.compareUnsigned(Auditor.packed(a, 0), Auditor.packed(b, 0));
            if (byKeys == 0) {
                byKeys = Long.compareUnsigned(Auditor.packed(a, 8), Auditor.packed(b, 8));
            }
            int byStrings = Integer.signum(a.compareTo(b));
            assertTrue(byKeys == 0 || byKeys == byStrings, () -> a + " vs " + b);
        }
    }

    /** Up to 20 characters, often sharing a long prefix, so the 16 packed characters tie. */
    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder(random.nextBoolean() ? "" : "server-0000000000");
        int length = random.nextInt(21);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    private static String key(Finding f) {
        return f.suppressed() + " " + f.severity() + " " + f.ruleId() + " " + f.componentIds() + " " + f.message();
    }
}
