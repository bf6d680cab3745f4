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

class FirewallMissingRuleTest {

    private final FirewallMissingRule rule = new FirewallMissingRule();

    @Test
    void anInternetFacingServerWithoutFirewallIsAnErrorInternalOnesWarnings() {
        var findings = run(rule, sample(2));
        assertEquals(3, findings.size());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.WARNING),
                findings.stream().map(f -> f.severity()).toList());
        assertEquals(List.of("server-1"), findings.get(0).componentIds());
    }

    @Test
    void aHostFirewallOrOneInFrontProtects() {
        assertEquals(List.of(), run(rule, sample(3)));
        Design inFront = sample(1).with(Component.create("edge", ComponentKind.FIREWALL, "Edge firewall",
                new Bounds(0, 300, 100, 50)));
        inFront = inFront.without(List.of("users-nginx"))
                .with(Link.of("users-edge", "users", "edge", Protocol.HTTP))
                .with(Link.of("edge-nginx", "edge", "nginx", Protocol.HTTP));
        assertEquals(List.of(), run(rule, inFront));
    }
}
