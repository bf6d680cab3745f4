package dev.infradesigner.analysis.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import org.junit.jupiter.api.Test;

class FindingsReportTest {

    @Test
    void markdownGroupsBySeverityWithFixes() throws Exception {
        Design design = BundledSamples.load(BundledSamples.all().get(1));
        String md = FindingsReport.markdown(design, new Auditor().audit(design));
        assertTrue(md.startsWith("# Audit of "));
        assertTrue(md.contains("\n## Errors (3)\n"), md);
        assertTrue(md.contains("### `spof.load-balancer`"));
        assertTrue(md.contains("- **Fix:** Add a second load balancer"));
    }

    @Test
    void labelsCannotInjectMarkupOrHtml() throws Exception {
        Design design = BundledSamples.load(BundledSamples.all().get(1));
        design = design.with(design.component("lb").orElseThrow().withLabel("<img src=x onerror=alert(1)> **x**"));
        String html = FindingsReport.html(design, new Auditor().audit(design));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        String md = FindingsReport.markdown(design, new Auditor().audit(design));
        assertTrue(md.contains("\\<img src=x onerror=alert\\(1\\)\\> \\*\\*x\\*\\*"), md);
    }
}
