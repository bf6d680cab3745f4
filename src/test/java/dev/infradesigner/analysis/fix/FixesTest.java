package dev.infradesigner.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FixesTest {

    private final Auditor auditor = new Auditor();

    private static Design sample(int n) throws Exception {
        return BundledSamples.load(BundledSamples.all().get(n - 1));
    }

    private static boolean same(Finding a, Finding b) {
        return a.ruleId().equals(b.ruleId()) && a.componentIds().get(0).equals(b.componentIds().get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyFixMakesItsFindingDisappear(int n) throws Exception {
        Design design = sample(n);
        int fixed = 0;
        for (Finding finding : auditor.audit(design)) {
            Optional<Fix> fix = Fixes.forFinding(design, finding);
            if (fix.isEmpty()) {
                continue;
            }
            Design after = fix.get().change().apply(design);
            assertTrue(auditor.audit(after).stream().noneMatch(f -> same(f, finding)),
                    fix.get().description() + " leaves " + finding.ruleId() + " in sample " + n);
            fixed++;
        }
        assertTrue(fixed > 0, "sample " + n + " has fixable findings");
    }

    @Test
    void clickingFixesRemovesEverySample02Error() throws Exception {
        Design design = sample(2);
        List<String> applied = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            Design current = design;
            Optional<Fix> next = auditor.audit(current).stream()
                    .filter(f -> f.severity() == Severity.ERROR && !f.suppressed())
                    .map(f -> Fixes.forFinding(current, f)).flatMap(Optional::stream).findFirst();
            if (next.isEmpty()) {
                break;
            }
            applied.add(next.get().description());
            design = next.get().change().apply(design);
        }
        List<Finding> errors = auditor.audit(design).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, "after " + applied);
        assertTrue(applied.size() >= 3, applied.toString());
    }

    @Test
    void unknownRulesHaveNoFix() throws Exception {
        Design design = sample(2);
        Finding other = new Finding("hygiene.unreachable", Severity.INFO, "t", "m", "f", List.of("lb"));
        assertFalse(Fixes.forFinding(design, other).isPresent());
    }
}
