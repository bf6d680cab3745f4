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

class FirewallAllowsAllRuleTest {

    private final FirewallAllowsAllRule rule = new FirewallAllowsAllRule();

    @Test
    void aFirewallThatAllowsEverythingIsAWarning() {
        Design d = edit(sample(3), "fw-2", c -> c.withSettings(new FirewallSettings(List.of(
                new FirewallRule(null, Transport.TCP, "any")))));
        single(run(rule, d), Severity.WARNING, "fw-2");
    }

    @Test
    void specificRulesAreFine() {
        assertEquals(List.of(), run(rule, sample(3)));
        Design anyPortFromAdmins = edit(sample(3), "fw-2", c -> c.withSettings(new FirewallSettings(List.of(
                new FirewallRule(null, Transport.TCP, "10.0.0.0/8")))));
        assertEquals(List.of(), run(rule, anyPortFromAdmins));
    }
}
