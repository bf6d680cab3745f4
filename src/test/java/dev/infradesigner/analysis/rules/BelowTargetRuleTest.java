package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code availability.below-target} against the samples' figures (docs/availability.md): sample 02 reads
 * at 99.4455% and sample 04 at 99.9873%, with the kinds' defaults.
 */
class BelowTargetRuleTest {

    private static final BelowTargetRule RULE = new BelowTargetRule();

    @Test
    void withoutATargetNothingIsChecked() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), RuleTesting.run(RULE, RuleTesting.sample(n)), "sample " + n);
        }
    }

    @Test
    void aTargetTheDesignFallsShortOfNamesWhatCostsTheMost() {
        Design design = RuleTesting.sample(2).withAvailabilityTarget(0.999);
        Finding f = RuleTesting.single(RuleTesting.run(RULE, design), Severity.WARNING, "server-1", "lb", "server-3");
        assertEquals("The availability for reads is 99.4455%, 48.6 hours a year down, below the design's target of "
                + "99.9000% (8.8 hours a year): most of the downtime is Server 1 90%, HAProxy on Server 1 9%, "
                + "Server 3 1%.", f.message());
        assertTrue(f.fix().contains("\"Server 1\" first"), f.fix());
    }

    @Test
    void aTargetTheDesignMeetsIsFine() {
        assertEquals(List.of(), RuleTesting.run(RULE, RuleTesting.sample(2).withAvailabilityTarget(0.994)));
        assertEquals(List.of(), RuleTesting.run(RULE, RuleTesting.sample(4).withAvailabilityTarget(0.9995)));
    }

    @Test
    void theTargetIsComparedWithTheFigureNotRoundedWords() {
        // 99.9873% (rounded) meets 99.987%, and the unrounded value decides at the edge.
        Design four = RuleTesting.sample(4);
        double value = dev.infradesigner.analysis.availability.DesignAvailability.of(four).reads().value();
        assertEquals(List.of(), RuleTesting.run(RULE, four.withAvailabilityTarget(value)));
        assertEquals(1, RuleTesting.run(RULE, four.withAvailabilityTarget(Math.nextUp(value))).size());
    }
}
