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

class PlaintextBehindTlsRuleTest {

    private final PlaintextBehindTlsRule rule = new PlaintextBehindTlsRule();

    @Test
    void tlsEndingAtTheLoadBalancerIsInfo() {
        var f = single(run(rule, sample(3)), Severity.INFO, "lb", "nginx-2", "nginx-3");
        assertTrue(f.message().contains("plain text"));
    }

    @Test
    void reEncryptingToTheBackendsIsFine() {
        assertEquals(List.of(), run(rule, sample(4)));
    }
}
