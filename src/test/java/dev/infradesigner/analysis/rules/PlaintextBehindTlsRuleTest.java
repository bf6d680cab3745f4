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
    void manyBackendsAreAllListedEachOnceAndAFewNamed() {
        Design d = sample(3);
        for (int i = 1; i <= 6; i++) {
            d = d.with(Component.create("web-" + i, ComponentKind.WEB_SERVER, "Web " + i, Fixtures.at(0, 0)))
                    .with(Link.of("lb-web-" + i, "lb", "web-" + i, i == 6 ? Protocol.HTTPS : Protocol.TCP));
        }
        d = d.with(Link.of("lb-nginx-2-again", "lb", "nginx-2", Protocol.HTTP));
        var f = single(run(rule, d), Severity.INFO, "lb", "nginx-2", "nginx-3", "web-1", "web-2", "web-3", "web-4",
                "web-5");
        assertTrue(f.message().startsWith("TLS ends at \"HAProxy\" (on \"Server 1\"); it forwards to \"Nginx 2\", "
                + "\"Nginx 3\", \"Web 1\", \"Web 2\" and 3 more in plain text"), f.message());
    }

    @Test
    void twoLoadBalancersSharingBackendsEachListThemAll() {
        Design d = sample(3).with(Component.create("lb-b", ComponentKind.LOAD_BALANCER, "HAProxy B", Fixtures.at(0, 0)))
                .with(Link.of("users-lb-b", "users", "lb-b", Protocol.HTTPS))
                .with(Link.of("lb-b-nginx-3", "lb-b", "nginx-3", Protocol.HTTP))
                .with(Link.of("lb-b-nginx-2", "lb-b", "nginx-2", Protocol.HTTP));
        var findings = run(rule, d);
        assertEquals(2, findings.size(), findings::toString);
        assertEquals(List.of("lb", "nginx-2", "nginx-3"), findings.get(0).componentIds());
        assertEquals(List.of("lb-b", "nginx-3", "nginx-2"), findings.get(1).componentIds());
    }

    @Test
    void reEncryptingToTheBackendsIsFine() {
        assertEquals(List.of(), run(rule, sample(4)));
    }
}
