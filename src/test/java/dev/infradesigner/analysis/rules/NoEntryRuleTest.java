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

class NoEntryRuleTest {

    private final NoEntryRule rule = new NoEntryRule();

    @Test
    void anEmptyDesignHasNoEntry() {
        assertTrue(single(run(rule, Design.empty("empty")), Severity.ERROR).message().contains("no users"));
    }

    @Test
    void usersThatReachNothingAreReported() {
        single(run(rule, sample(2).without(List.of("users-lb"))), Severity.ERROR, "users");
    }

    @Test
    void usersLinkedToTheEntryAreFine() {
        assertEquals(List.of(), run(rule, sample(2)));
    }
}
