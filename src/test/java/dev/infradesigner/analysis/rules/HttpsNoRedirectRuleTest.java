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

class HttpsNoRedirectRuleTest {

    private final HttpsNoRedirectRule rule = new HttpsNoRedirectRule();

    @Test
    void httpBesideHttpsWithoutRedirectIsAWarning() {
        Design d = edit(sample(3), "lb", c -> {
            LoadBalancerSettings s = c.settings(LoadBalancerSettings.class);
            return c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(), s.listeners(),
                    s.certificate(), false, s.healthCheck(), s.floatingIp()));
        });
        single(run(rule, d), Severity.WARNING, "lb");
    }

    @Test
    void aRedirectOrHttpsOnlyIsFine() {
        assertEquals(List.of(), run(rule, sample(3)));
        assertEquals(List.of(), run(rule, sample(2)), "HTTP only is https.missing, not this");
    }
}
