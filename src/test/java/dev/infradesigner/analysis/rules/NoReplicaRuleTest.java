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

class NoReplicaRuleTest {

    private final NoReplicaRule rule = new NoReplicaRule();

    @Test
    void aPrimaryWithoutReplicaIsAWarning() {
        single(run(rule, sample(1)), Severity.WARNING, "mysql");
    }

    @Test
    void aReplicaBySettingOrByLinkCounts() {
        assertEquals(List.of(), run(rule, sample(2)));
        Design byLinkOnly = edit(sample(2), "mysql-3", c -> c.withSettings(
                new DatabaseSettings("mysql", DatabaseRole.REPLICA, null, 3306)));
        assertEquals(List.of(), run(rule, byLinkOnly));
    }
}
