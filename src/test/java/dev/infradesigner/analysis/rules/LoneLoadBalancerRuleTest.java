package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoneLoadBalancerRuleTest {

    private final LoneLoadBalancerRule rule = new LoneLoadBalancerRule();

    @Test
    void aLoneLoadBalancerIsASinglePointOfFailure() {
        var f = single(run(rule, sample(2)), Severity.ERROR, "lb", "server-1");
        assertTrue(f.message().contains("\"HAProxy\" (on \"Server 1\")"), f.message());
        assertTrue(f.fix().contains("keepalived"));
    }

    @Test
    void aPairUsersReachBothOfIsNot() {
        assertEquals(List.of(), run(rule, sample(4)));
    }

    @Test
    void aPairWhoseSecondUsersCannotReachIsStillAlone() {
        Design onlyOne = sample(4).without(List.of("users-lb-2"));
        single(run(rule, onlyOne), Severity.ERROR, "lb-1", "lb-server-1");
    }

    @Test
    void noLoadBalancerMeansNoFinding() {
        assertEquals(List.of(), run(rule, sample(1)));
    }
}
