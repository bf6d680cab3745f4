package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDiagramTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everySampleIsWellFormedSvgWithEveryComponent() throws Exception {
        for (BundledSamples.Sample sample : BundledSamples.all()) {
            Design design = BundledSamples.load(sample);
            Document svg = parse(SvgDiagram.of(design));
            assertEquals("svg", svg.getDocumentElement().getTagName());
            Map<String, Element> groups = new HashMap<>();
            NodeList all = svg.getElementsByTagName("g");
            for (int i = 0; i < all.getLength(); i++) {
                Element g = (Element) all.item(i);
                groups.put(g.getAttribute("id"), g);
            }
            for (var c : design.components()) {
                Element g = groups.get(c.id());
                assertNotNull(g, sample + ": a group for " + c.id());
                assertTrue(g.getElementsByTagName("rect").getLength() > 0, sample + ": a box for " + c.id());
                assertTrue(g.getTextContent().contains(c.label()), sample + ": " + c.id() + " shows its label, not \""
                        + g.getTextContent() + "\"");
            }
            for (var l : design.links()) {
                assertNotNull(groups.get(l.id()), sample + ": an arrow for " + l.id());
            }
        }
    }

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    static Element group(Document svg, String groupId) {
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("id").equals(groupId)) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no group " + groupId);
    }

    /** The points of the polyline in the group with the given id. */
    static List<double[]> polyline(Document svg, String groupId) {
        NodeList lines = group(svg, groupId).getElementsByTagName("polyline");
        assertEquals(1, lines.getLength(), groupId + " is drawn as one polyline");
        List<double[]> points = new ArrayList<>();
        for (String pair : ((Element) lines.item(0)).getAttribute("points").trim().split("\\s+")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void linksAreDrawnAroundTheCardsInTheirWay(Path sample) throws Exception {
        Design design = DesignFiles.load(sample);
        Document svg = parse(SvgDiagram.of(design));
        for (Link l : design.links()) {
            Component from = design.component(l.from()).orElseThrow();
            Component to = design.component(l.to()).orElseThrow();
            List<double[]> points = polyline(svg, l.id());
            DrawnRoutes.assertRouted(sample.getFileName() + " " + l.id(), design, from, to, points);
            String says = l.protocol() == dev.infradesigner.model.Protocol.NETWORK ? "network"
                    : l.protocol().key().toUpperCase(java.util.Locale.ROOT) + " " + l.port();
            assertEquals(says, group(svg, l.id()).getTextContent(), l.id() + " says what travels (label or title)");
            if (DrawnRoutes.cardsOnStraightLine(design, from, to) > 0) {
                assertTrue(points.size() >= 3, l.id() + ": a straight line would cross a card, so it bends");
            }
        }
    }

    @Test
    void someSampleHasALinkWhoseStraightLineWouldCrossACard() throws Exception {
        // Without one, the test above would not show that links go around cards.
        int crossing = 0;
        for (Path sample : Samples.all()) {
            Design design = DesignFiles.load(sample);
            for (Link l : design.links()) {
                crossing += DrawnRoutes.cardsOnStraightLine(design, design.component(l.from()).orElseThrow(),
                        design.component(l.to()).orElseThrow()) > 0 ? 1 : 0;
            }
        }
        assertTrue(crossing > 0, "some link's straight line crosses a card");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aLinkIsDrawnThroughItsWaypointsInOrder(Path sample) throws Exception {
        Design design = DesignFiles.load(sample);
        Link link = design.links().get(0);
        double left = design.components().stream().mapToDouble(c -> c.bounds().x()).min().orElseThrow() - 80;
        double top = design.components().stream().mapToDouble(c -> c.bounds().y()).min().orElseThrow() - 60;
        // Two free points out to the top left of everything: the route must make a detour to pass them.
        List<Point> waypoints = List.of(new Point(left, top), new Point(left + 40, top - 30));
        design = design.with(link.withWaypoints(waypoints));
        List<double[]> points = polyline(parse(SvgDiagram.of(design)), link.id());
        int first = DrawnRoutes.segmentThrough(points, left, top);
        int second = DrawnRoutes.segmentThrough(points, left + 40, top - 30);
        assertTrue(first >= 0 && second >= 0, "through both waypoints");
        assertTrue(first <= second, "in their order");
        DrawnRoutes.assertRouted(link.id(), design, design.component(link.from()).orElseThrow(),
                design.component(link.to()).orElseThrow(), points);
    }

    @Test
    void hostileLabelsAreEscaped() throws Exception {
        Design design = BundledSamples.load(BundledSamples.all().get(1));
        design = design.with(design.component("lb").orElseThrow().withLabel("<script>alert('x')</script> & \"q\""));
        String svg = SvgDiagram.of(design);
        parse(svg);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;"));
        assertEquals("ab", SvgDiagram.escape("a\u0001b"), "characters XML cannot hold are dropped");
    }

    @Test
    void anEmptyDesignIsAValidEmptyPicture() throws Exception {
        parse(SvgDiagram.of(Design.empty("Empty")));
    }
}
