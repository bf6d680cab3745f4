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

class NoStandbyRuleTest {

    private final NoStandbyRule rule = new NoStandbyRule();

    private static Design activePassive() {
        return edit(sample(2), "lb", c -> {
            LoadBalancerSettings s = c.settings(LoadBalancerSettings.class);
            return c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), Redundancy.ACTIVE_PASSIVE,
                    s.listeners(), s.certificate(), s.redirectHttps(), s.healthCheck(), s.floatingIp()));
        });
    }

    @Test
    void activePassiveWithoutStandbyIsAWarning() {
        single(run(rule, activePassive()), Severity.WARNING, "lb");
    }

    @Test
    void aStandbyBackendOrActiveActiveIsFine() {
        assertEquals(List.of(), run(rule, editLink(activePassive(), "lb-nginx-3", l -> l.withStandby(true))));
        assertEquals(List.of(), run(rule, sample(2)));
    }
}
