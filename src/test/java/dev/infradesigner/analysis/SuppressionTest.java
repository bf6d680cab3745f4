package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.DesignReader;
import dev.infradesigner.io.DesignWriter;
import dev.infradesigner.io.LoadProblem;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Suppression;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Design sample2() throws Exception {
        return DesignFiles.load(Path.of("samples/02-three-server.infra"));
    }

    @Test
    void aComponentSuppressionMarksItsFindingsWithTheReason() throws Exception {
        Design d = sample2();
        d = d.with(d.component("mysql-2").orElseThrow().withSuppressions(List.of(
                new Suppression("spof.database-writer", "manual failover is in the runbook"))));
        Finding f = new Auditor().audit(d).stream().filter(x -> x.ruleId().equals("spof.database-writer"))
                .findFirst().orElseThrow();
        assertEquals("manual failover is in the runbook", f.suppression());
        List<Finding> all = new Auditor().audit(d);
        assertTrue(all.get(all.size() - 1).suppressed(), "suppressed findings come last");
    }

    @Test
    void aDesignSuppressionCoversTheWholeDesign() throws Exception {
        Design d = new Design(sample2().name(), sample2().components(), sample2().links(),
                List.of(new Suppression("monitoring.missing", "monitoring is the next sprint")));
        List<Finding> monitoring = new Auditor().audit(d).stream().filter(f -> f.ruleId().equals("monitoring.missing"))
                .toList();
        assertEquals(3, monitoring.size(), "each of the three servers has no monitoring: " + monitoring);
        assertTrue(monitoring.stream().allMatch(f -> "monitoring is the next sprint".equals(f.suppression())),
                monitoring.toString());
        byte[] bytes = new DesignWriter().toBytes(d);
        assertEquals(d, new DesignReader().read(bytes));
        assertArrayEquals(bytes, new DesignWriter().toBytes(new DesignReader().read(bytes)));
    }

    @Test
    void anUnknownRuleOrAMissingReasonIsAValidationError() throws Exception {
        String text = Files.readString(Path.of("samples/01-simple-web-stack.infra"));
        String unknown = text.replace("\"name\": \"Simple web stack\",",
                "\"name\": \"Simple web stack\",\n  \"suppressions\": [{\"rule\": \"spof.everything\", \"reason\": \"x\"}],");
        assertEquals("suppressions[0].rule: \"spof.everything\" is not a rule id (see docs/rules.md)",
                problems(unknown).get(0).toString().replaceAll(" \\(line.*", ""));
        String noReason = text.replace("\"label\": \"MySQL\",",
                "\"label\": \"MySQL\",\n      \"suppressions\": [{\"rule\": \"replication.no-replica\", \"reason\": \" \"}],");
        assertEquals("components[6].suppressions[0].reason: a suppression needs a reason",
                problems(noReason).get(0).toString().replaceAll(" \\(line.*", ""));
    }

    private static List<LoadProblem> problems(String text) {
        return assertThrows(DesignLoadException.class,
                () -> new DesignReader().read(text.getBytes(StandardCharsets.UTF_8))).problems();
    }
}
