package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

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
            for (var c : design.components()) {
                assertTrue(svg.getElementsByTagName("g").getLength() > 0);
                assertTrue(SvgDiagram.of(design).contains("id=\"" + c.id() + "\""), c.id());
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
