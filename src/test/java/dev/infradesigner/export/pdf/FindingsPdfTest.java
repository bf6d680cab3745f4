package dev.infradesigner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The findings report as PDF, read back with PDFBox's text extractor (which knows nothing of the writer). */
class FindingsPdfTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 12, 3, 19, 30, 0, 0, ZoneOffset.UTC);

    /** Characters a label may hold that the font has no glyph for: each must show as its code point. */
    static final String HOSTILE = "Caf\u00e9 \u00dcber \u05e9\u05dc\u05d5\u05dd \u0416 \u4e2d\u6587\u6570\u636e "
            + "\ud83d\udd25 \u2764\ufe0f \ud83d\udc68\u200d\ud83d\udcbb \u202eevil\u202c";

    @Test
    void sample02sFindingsAreAllInTheReportWithTheirRuleIds() throws Exception {
        Design design = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        List<Finding> findings = new Auditor().audit(design);
        assertTrue(findings.size() >= 5, findings.toString());
        String text = text(pdf(design, findings));
        String flat = flat(text);
        assertTrue(text.contains("Audit of " + design.name()), text);
        assertTrue(text.contains("3 December 2026"), "the date: " + text);
        assertTrue(text.matches("(?s).*\\d+ errors?, \\d+ warnings?, \\d+ info.*"), "the counts: " + text);
        for (Finding f : findings) {
            assertTrue(text.contains(f.ruleId()), "rule id " + f.ruleId());
            assertTrue(flat.contains(flat(f.message())), "message of " + f.ruleId() + ": " + f.message());
            assertTrue(flat.contains(flat(f.fix())), "fix of " + f.ruleId());
            assertTrue(flat.contains(flat(f.severity().key())), "severity of " + f.ruleId());
        }
        assertTrue(text.contains("Errors (") && text.contains("Warnings ("), text);
        assertTrue(flat.contains(flat("Availability: reads 99.4455%, 48.6 hours a year down; writes 98.9026%")),
                "the availability: " + text);
        assertTrue(flat.contains(flat("Most of the downtime: Server 1 90%")), text);
    }

    @Test
    void theFontIsEmbeddedAndPagesBreakWithFooters() throws Exception {
        Design design = Fixtures.simpleStack();
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Finding("rule.n" + i, Severity.values()[i % 3], "Title " + i,
                    "Message number " + i + " " + "words that wrap ".repeat(12), "Fix " + i, List.of("web")));
        }
        byte[] bytes = pdf(design, many);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 4, "sixty findings take several pages: " + pages);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), text);
            for (int i = 0; i < 60; i++) {
                assertTrue(text.contains("rule.n" + i + " "), "finding " + i);
            }
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "embedded: " + font.getName());
                }
            }
            // Every line stays on the page: nothing drawn past the right margin is extracted cut.
            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(1);
            one.setEndPage(1);
            assertFalse(one.getText(pdf).isBlank());
        }
    }

    @Test
    void hostileLabelsNeitherCrashNorVanish() throws Exception {
        String longLabel = "L".repeat(120) + "-" + "x".repeat(79);
        Design base = Fixtures.simpleStack();
        Design design = base.withName(HOSTILE).withAll(List.of(
                base.component("web").orElseThrow().withLabel(HOSTILE),
                base.component("app").orElseThrow().withLabel(longLabel)));
        String control = "bell\u0007 nul\u0000 tab\tnewline\nreturn\r end \ud800 lone";
        List<Finding> findings = List.of(
                new Finding("hostile.one", Severity.ERROR, "Title " + HOSTILE, "Message about " + HOSTILE,
                        "Fix " + control, List.of("web", "app")),
                new Finding("hostile.two", Severity.INFO, control, control, control, List.of("nowhere"))
                        .suppressedBecause(control));
        String text = text(pdf(design, findings));
        String flat = flat(text);
        assertTrue(text.contains("Caf\u00e9 \u00dcber"), "Latin with accents as is: " + text);
        assertTrue(text.contains("\u0416"), "Cyrillic as is");
        assertTrue(text.contains("[U+4E2D]"), "CJK the font lacks, as code points: " + text);
        assertTrue(text.contains("[U+1F525]"), "an emoji as its code point");
        assertTrue(text.matches("(?s).*\\[U\\+1F468\\]\\S{0,8}\\[U\\+1F4BB\\].*"), "a joined emoji, each part");
        assertTrue(text.contains("[U+202E]evil[U+202C]"), "a direction override is shown, not obeyed");
        assertTrue(text.contains("bell[U+0007] nul[U+0000] tab newline return end [U+D800] lone"),
                "control characters are visible, breaks become spaces: " + text);
        assertTrue(flat.contains(flat(longLabel)), "a 200-character label, broken across lines, all there");
        assertTrue(text.contains("hostile.two") && text.contains("Accepted because"), "the suppressed one");
        assertTrue(text.contains("nowhere"), "a component the design lacks, by id");
    }

    @Test
    void aDesignWithoutFindingsSaysSo() throws Exception {
        String text = text(pdf(Fixtures.simpleStack(), List.of()));
        assertTrue(text.contains("No findings"), text);
        assertTrue(text.contains("0 errors, 0 warnings, 0 info"), text);
    }

    @Test
    void severalDesignsStartOnTheirOwnPages() throws Exception {
        Design one = Fixtures.simpleStack().withName("First");
        Design two = Fixtures.simpleStack().withName("Second");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FindingsPdf.write(List.of(new FindingsPdf.Audit(one, new Auditor().audit(one)),
                new FindingsPdf.Audit(two, new Auditor().audit(two))), WHEN, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertTrue(first.getText(pdf).contains("Audit of First"));
            assertFalse(first.getText(pdf).contains("Audit of Second"));
            assertTrue(new PDFTextStripper().getText(pdf).contains("Audit of Second"));
            assertEquals("Audit of 2 designs", pdf.getDocumentInformation().getTitle());
        }
    }

    static byte[] pdf(Design design, List<Finding> findings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FindingsPdf.write(design, findings, WHEN, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without any whitespace: lines wrap wherever the page ends. */
    static String flat(String s) {
        return s.replaceAll("\\s+", "");
    }

}
