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

class DatabaseExposedRuleTest {

    private final DatabaseExposedRule rule = new DatabaseExposedRule();

    @Test
    void aDatabaseUsersReachPastTheApplicationsIsAnError() {
        Design d = sample(2).with(Link.of("shortcut", "nginx-2", "mysql-2", Protocol.MYSQL));
        single(run(rule, d), Severity.ERROR, "mysql-2");
    }

    @Test
    void databasesBehindApplicationsAreFine() {
        assertEquals(List.of(), run(rule, sample(4)));
    }
}
