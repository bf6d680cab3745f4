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

class MonitoringMissingRuleTest {

    private final MonitoringMissingRule rule = new MonitoringMissingRule();

    @Test
    void everyServerWithoutAgentIsReported() {
        var findings = run(rule, sample(2));
        assertEquals(List.of(List.of("server-1"), List.of("server-2"), List.of("server-3")),
                findings.stream().map(f -> f.componentIds()).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void anAgentOnTheServerIsEnough() {
        assertEquals(List.of(), run(rule, sample(3)));
    }
}
