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

class SingleBackendRuleTest {

    private final SingleBackendRule rule = new SingleBackendRule();

    @Test
    void oneBackendIsAWarning() {
        var f = single(run(rule, sample(2).without(List.of("lb-nginx-3"))), Severity.WARNING, "lb");
        assertTrue(f.message().contains("a single backend"));
    }

    @Test
    void twoBackendsAreFine() {
        assertEquals(List.of(), run(rule, sample(2)));
    }

    @Test
    void twoLinksToTheSameBackendAreOneBackend() {
        Design design = sample(2).without(List.of("lb-nginx-3"))
                .with(Link.of("lb-nginx-2-tcp", "lb", "nginx-2", Protocol.TCP).onPort(8443));
        var f = single(run(rule, design), Severity.WARNING, "lb");
        assertTrue(f.message().contains("a single backend"), f.message());
    }
}
