package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.editLink;
import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoWritableDatabaseRuleTest {

    private final NoWritableDatabaseRule rule = new NoWritableDatabaseRule();

    @Test
    void theSamplesWriteSomewhere() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }

    @Test
    void anApplicationWithOnlyReadLinksIsAWarning() {
        Design d = sample(2).without(List.of("app-3-mysql-2"));
        Finding f = single(run(rule, d), Severity.WARNING, "app-3");
        assertTrue(f.message().startsWith("\"App server 3\" (on \"Server 3\") links to \"MySQL replica\" with read "
                + "access only"), f.message());
    }

    @Test
    void readingTwoDatabasesIsStillNothingWritable() {
        Design d = editLink(sample(2), "app-3-mysql-2", l -> l.withAccess(Access.READ));
        single(run(rule, d), Severity.WARNING, "app-3");
    }

    @Test
    void anApplicationWithNoDatabaseIsNotThisRulesBusiness() {
        Design d = sample(2).without(List.of("app-3-mysql-2", "app-3-mysql-3"));
        assertEquals(List.of(), run(rule, d));
    }
}
