package dev.infradesigner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.RuleIds;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void everyRuleHasItsSectionInTheBundledDocs() {
        for (String id : RuleIds.ALL) {
            String section = RuleDocs.section(id).orElseThrow(() -> new AssertionError("no section for " + id));
            assertTrue(section.startsWith("## `" + id + "`"), section);
            assertTrue(!section.contains("\n## "), "one section only");
        }
        assertTrue(RuleDocs.section("no.such-rule").isEmpty());
    }
}
