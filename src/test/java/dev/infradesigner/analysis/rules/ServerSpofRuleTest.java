package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSpofRuleTest {

    private final ServerSpofRule rule = new ServerSpofRule();

    @Test
    void oneServerHoldingEverythingIsASinglePointOfFailure() {
        var f = single(run(rule, sample(1)), Severity.ERROR, "server-1", "nginx", "app", "code", "mysql");
        assertTrue(f.message().startsWith("If \"Server 1\" fails, users cannot reach web servers, application "
                + "servers and database reads"), f.message());
    }

    @Test
    void aServerWhoseLossIsExplainedByANamedCaseIsNotReportedTwice() {
        assertEquals(List.of(), run(rule, sample(2)), "server 1: the lone load balancer; server 2: the primary");
    }

    @Test
    void aServerHoldingTheOnlyWebServerIsReported() {
        Design oneWeb = sample(2).without(List.of("nginx-3"));
        single(run(rule, oneWeb), Severity.ERROR, "server-2", "nginx-2", "app-2", "code-2", "mysql-2");
    }
}
