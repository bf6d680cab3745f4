package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseWriterRuleTest {

    private final DatabaseWriterRule rule = new DatabaseWriterRule();

    @Test
    void theOnlyWritablePrimaryIsReported() {
        single(run(rule, sample(2)), Severity.WARNING, "mysql-2");
    }

    @Test
    void aSecondWritablePrimaryIsAStandby() {
        Design d = RuleTesting.edit(sample(2), "mysql-3",
                c -> c.withSettings(new DatabaseSettings("mysql", DatabaseRole.PRIMARY, null, 3306)));
        d = RuleTesting.editLink(d, "app-3-mysql-3", l -> l.withAccess(Access.READ_WRITE));
        assertEquals(List.of(), run(rule, d));
    }
}
