package dev.infradesigner.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a fix adds gets a valid id, however long the ids it builds on. */
class FixIdsTest {

    @Test
    void everyFixWorksOnADesignWhoseIdsAreAsLongAsIdsMayBe() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("samples", "01-simple-web-stack.infra");
        String text = java.nio.file.Files.readString(file);
        Design sample = dev.infradesigner.io.DesignFiles.load(file);
        for (Component c : sample.components()) {
            // Every id, wherever the file names it (ids, hosts, link ends, references), as long as ids may be.
            String longId = (c.id() + "-" + "x".repeat(64)).substring(0, 64);
            text = text.replaceAll("(\"(?:id|host|from|to|target|replicationSource)\": \")"
                    + java.util.regex.Pattern.quote(c.id()) + "\"", "$1" + longId + "\"");
        }
        Design design = dev.infradesigner.io.DesignFiles.load(new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(design.components().stream().allMatch(c -> c.id().length() == 64), "every id is 64 long");
        List<String> failed = new ArrayList<>();
        int fixes = 0;
        for (Finding finding : new Auditor().audit(design)) {
            Optional<Fix> fix = Fixes.forFinding(design, finding);
            if (fix.isPresent()) {
                fixes++;
                try {
                    Design after = fix.get().change().apply(design);
                    after.components().forEach(c -> assertTrue(c.id().length() <= 64, c.id()));
                } catch (RuntimeException e) {
                    failed.add(fix.get().description() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(fixes > 2, "the sample has fixes to try: " + fixes);
        assertEquals(List.of(), failed);
    }
}
