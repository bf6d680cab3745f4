package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
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
