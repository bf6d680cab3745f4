package dev.infradesigner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The diagram as a vector PDF, read back with PDFBox's text extractor. */
class DiagramPdfTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 12, 3, 19, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void sample02IsOnePageTheDiagramsSizeWithEveryLabelAndLink() throws Exception {
        Design design = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        try (PDDocument pdf = Loader.loadPDF(pdf(design))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle page = pdf.getPage(0).getMediaBox();
            double width = design.components().stream().mapToDouble(c -> c.bounds().maxX()).max().orElseThrow()
                    - design.components().stream().mapToDouble(c -> c.bounds().x()).min().orElseThrow() + 48;
            assertEquals(width, page.getWidth(), 0.5, "one unit per canvas pixel");
            String text = new PDFTextStripper().getText(pdf);
            for (Component c : design.components()) {
                assertTrue(text.contains(c.label()), "label " + c.label() + " in " + text);
            }
            assertTrue(text.contains("HTTP 80"), "the links' protocol and port: " + text);
            assertTrue(text.contains("LOAD BALANCER"), "the kinds: " + text);
            assertEquals(design.name(), pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext() == false,
                    "vector shapes, no embedded picture");
        }
    }

    @Test
    void hostileLabelsAndAHugeDesignNeitherCrashNorVanish() throws Exception {
        Design base = Fixtures.simpleStack();
        String longLabel = "W".repeat(200);
        Design design = base.withName(FindingsPdfTest.HOSTILE).withAll(List.of(
                base.component("web").orElseThrow().withLabel(FindingsPdfTest.HOSTILE),
                base.component("app").orElseThrow().withLabel(longLabel)
                        .withBounds(new Bounds(40_000, 30_000, 168, 56))));
        try (PDDocument pdf = Loader.loadPDF(pdf(design))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertTrue(page.getWidth() <= 14_400 && page.getHeight() <= 14_400, "scaled to the reader limit: " + page);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Caf\u00e9 \u00dcber") && text.contains("[U+1F525]"), text);
            assertTrue(FindingsPdfTest.flat(text).contains(longLabel), "the long label in full");
        }
    }

    @Test
    void anEmptyDesignIsABlankPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(Design.empty("Nothing yet")))) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    private static byte[] pdf(Design design) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramPdf.write(design, WHEN, out);
        return out.toByteArray();
    }
}
