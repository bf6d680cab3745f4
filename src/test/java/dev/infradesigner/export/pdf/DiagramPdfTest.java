package dev.infradesigner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.export.DrawnRoutes;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    /**
     * The stroked paths made of straight lines only (the links: cards are curves, arrow heads are filled), in
     * canvas coordinates: the page is the diagram's area plus a margin of 24, y downwards, scale 1.
     */
    static List<List<double[]>> strokedPolylines(PDDocument pdf, Design design) throws Exception {
        double left = design.components().stream().mapToDouble(c -> c.bounds().x()).min().orElseThrow() - 24;
        double bottom = design.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElseThrow() + 24;
        List<List<double[]>> out = new ArrayList<>();
        List<double[]> path = new ArrayList<>();
        boolean straight = true;
        List<Float> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(pdf.getPage(0)).parse()) {
            if (token instanceof COSNumber n) {
                operands.add(n.floatValue());
                continue;
            }
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "m" -> {
                        path = new ArrayList<>();
                        straight = true;
                        path.add(new double[] {operands.get(0) + left, bottom - operands.get(1)});
                    }
                    case "l" -> path.add(new double[] {operands.get(0) + left, bottom - operands.get(1)});
                    case "c", "re", "h" -> straight = false;
                    case "S" -> {
                        if (straight && !path.isEmpty()) {
                            out.add(path);
                        }
                        path = new ArrayList<>();
                    }
                    case "f", "B", "n" -> path = new ArrayList<>();
                    default -> {
                    }
                }
            }
            operands.clear();
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void linksAreDrawnAroundTheCardsInTheirWay(Path sample) throws Exception {
        Design design = DesignFiles.load(sample);
        try (PDDocument pdf = Loader.loadPDF(pdf(design))) {
            List<List<double[]>> drawn = strokedPolylines(pdf, design);
            long resolutions = design.componentsOf(ComponentKind.DNS).size();
            assertTrue(drawn.size() >= design.links().size() && drawn.size() <= design.links().size() + resolutions,
                    "one line per link (and DNS arrow), not " + drawn.size());
            for (Link l : design.links()) {
                Component from = design.component(l.from()).orElseThrow();
                Component to = design.component(l.to()).orElseThrow();
                List<double[]> line = drawn.stream().filter(p -> DrawnRoutes.onSide(p.get(0), from.bounds())
                        && DrawnRoutes.onSide(p.get(p.size() - 1), to.bounds())).findFirst()
                        .orElseThrow(() -> new AssertionError(sample + ": no line from " + from.id() + " to " + to.id()));
                DrawnRoutes.assertRouted(sample.getFileName() + " " + l.id(), design, from, to, line);
                if (DrawnRoutes.cardsOnStraightLine(design, from, to) > 0) {
                    assertTrue(line.size() >= 3, l.id() + ": a straight line would cross a card, so it bends");
                }
            }
        }
    }

    @Test
    void aLinkIsDrawnThroughItsWaypoints() throws Exception {
        Design design = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        Link link = design.links().get(0);
        double left = design.components().stream().mapToDouble(c -> c.bounds().x()).min().orElseThrow() - 80;
        design = design.with(link.withWaypoints(List.of(new Point(left, 10))));
        try (PDDocument pdf = Loader.loadPDF(pdf(design))) {
            Component from = design.component(link.from()).orElseThrow();
            Component to = design.component(link.to()).orElseThrow();
            boolean through = strokedPolylines(pdf, design).stream()
                    .filter(p -> DrawnRoutes.onSide(p.get(0), from.bounds()))
                    .anyMatch(p -> DrawnRoutes.segmentThrough(p, left, 10) >= 0);
            assertTrue(through, "the line from " + from.id() + " passes its waypoint");
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
