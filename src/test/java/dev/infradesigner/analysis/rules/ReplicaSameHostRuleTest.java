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

class ReplicaSameHostRuleTest {

    private final ReplicaSameHostRule rule = new ReplicaSameHostRule();

    @Test
    void aReplicaOnItsPrimarysServerIsAWarning() {
        Design d = edit(sample(2), "mysql-3", c -> c.withHost("server-2"));
        single(run(rule, d), Severity.WARNING, "mysql-3", "mysql-2", "server-2");
    }

    @Test
    void aReplicaElsewhereIsFine() {
        assertEquals(List.of(), run(rule, sample(2)));
    }
}
