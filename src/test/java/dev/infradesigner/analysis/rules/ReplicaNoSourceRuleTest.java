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

class ReplicaNoSourceRuleTest {

    private final ReplicaNoSourceRule rule = new ReplicaNoSourceRule();

    @Test
    void aReplicaThatCopiesNothingIsAnError() {
        Design d = edit(sample(2), "mysql-3", c -> c.withSettings(
                new DatabaseSettings("mysql", DatabaseRole.REPLICA, null, 3306))).without(List.of("replication"));
        single(run(rule, d), Severity.ERROR, "mysql-3");
    }

    @Test
    void aSourceBySettingOrLinkIsEnough() {
        assertEquals(List.of(), run(rule, sample(2)));
        assertEquals(List.of(), run(rule, sample(2).without(List.of("replication"))));
    }
}
