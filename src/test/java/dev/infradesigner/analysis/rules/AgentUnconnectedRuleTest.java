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

class AgentUnconnectedRuleTest {

    private final AgentUnconnectedRule rule = new AgentUnconnectedRule();

    @Test
    void anAgentReportingNowhereIsAWarning() {
        Design d = sample(3).without(List.of("agent-2-monitoring"));
        single(run(rule, d), Severity.WARNING, "agent-2");
    }

    @Test
    void connectedAgentsAreFine() {
        assertEquals(List.of(), run(rule, sample(3)));
    }
}
