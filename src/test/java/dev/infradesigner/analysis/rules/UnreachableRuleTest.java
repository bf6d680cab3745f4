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

class UnreachableRuleTest {

    private final UnreachableRule rule = new UnreachableRule();

    @Test
    void aServingComponentNoTrafficReachesIsInfo() {
        Design d = sample(2).without(List.of("app-3-mysql-3"));
        single(run(rule, d), Severity.INFO, "mysql-3");
    }

    @Test
    void monitoringFirewallsAndCodeAreNotExpectedOnThePath() {
        assertEquals(List.of(), run(rule, sample(3)));
        assertEquals(List.of(), run(rule, sample(4)));
    }
}
