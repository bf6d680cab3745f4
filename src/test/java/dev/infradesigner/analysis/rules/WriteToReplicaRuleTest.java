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

class WriteToReplicaRuleTest {

    private final WriteToReplicaRule rule = new WriteToReplicaRule();

    @Test
    void writingToAReplicaIsAnError() {
        Design d = editLink(sample(2), "app-3-mysql-3", l -> l.withAccess(Access.READ_WRITE));
        single(run(rule, d), Severity.ERROR, "app-3", "mysql-3");
    }

    @Test
    void readingFromAReplicaIsFine() {
        assertEquals(List.of(), run(rule, sample(2)));
    }
}
