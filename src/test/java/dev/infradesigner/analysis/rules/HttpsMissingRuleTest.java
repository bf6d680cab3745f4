package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.edit;
import static dev.infradesigner.analysis.rules.RuleTesting.editLink;
import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpsMissingRuleTest {

    private final HttpsMissingRule rule = new HttpsMissingRule();

    @Test
    void plainHttpEntryIsAnError() {
        single(run(rule, sample(2)), Severity.ERROR, "lb");
    }

    @Test
    void anHttpsEntryIsFine() {
        assertEquals(List.of(), run(rule, sample(3)));
    }

    @Test
    void noEntryIsAnotherRulesBusiness() {
        assertEquals(List.of(), run(rule, Design.empty("empty")));
    }
}
