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
        assertTrue(md.contains("\n## Availability\n\n- **Reads:** 99.4455%, 48.6 hours a year down\n"
                + "- **Writes:** 98.9026%, 96.2 hours a year down\n- **Most of the downtime:** Server 1 90%"), md);
        String html = FindingsReport.html(design, new Auditor().audit(design));
        assertTrue(html.contains("<h2>Availability</h2>\n<p><b>Reads:</b> 99.4455%, 48.6 hours a year down"), html);
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
        // The availability names the load balancer too, as its share of the downtime: escaped there as well.
        assertTrue(md.contains("**Most of the downtime:** Server 1 90%, \\<img"), md);
    }
}
