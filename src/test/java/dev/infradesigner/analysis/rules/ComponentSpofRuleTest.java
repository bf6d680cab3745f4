package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentSpofRuleTest {

    private final ComponentSpofRule rule = new ComponentSpofRule();

    @Test
    void aLoneUnhostedWebServerIsASinglePointOfFailure() {
        Design d = RuleTesting.edit(sample(1), "nginx", c -> c.withHost(null));
        single(run(rule, d), Severity.ERROR, "nginx");
    }

    @Test
    void hostedComponentsFailWithTheirServerInstead() {
        assertEquals(List.of(), run(rule, sample(1)));
    }

    @Test
    void anUnhostedLoadBalancerIsTheLoadBalancerCase() {
        Design d = RuleTesting.edit(sample(2), "lb", c -> c.withHost(null));
        assertEquals(List.of(), run(rule, d));
    }
}
