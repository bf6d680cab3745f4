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

class NoHealthCheckRuleTest {

    private final NoHealthCheckRule rule = new NoHealthCheckRule();

    @Test
    void aLoadBalancerWithoutHealthCheckIsAWarning() {
        Design d = edit(sample(2), "lb", c -> {
            LoadBalancerSettings s = c.settings(LoadBalancerSettings.class);
            return c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(), s.listeners(),
                    s.certificate(), s.redirectHttps(), HealthCheck.NONE, s.floatingIp()));
        });
        single(run(rule, d), Severity.WARNING, "lb");
    }

    @Test
    void healthChecksAreOnInTheSamples() {
        assertEquals(List.of(), run(rule, sample(2)));
    }
}
