package dev.infradesigner.export.pdf;

import dev.infradesigner.analysis.layout.DesignRoutes;
import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.export.DiagramArea;
import dev.infradesigner.export.DiagramColours;
import dev.infradesigner.export.DiagramLabels;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The diagram as a one-page vector PDF, drawn from the design like {@code SvgDiagram} (same shapes,
 * colours and places), so it prints sharp at any size: servers as dashed containers, components as cards
 * with their kind's colour, links as arrows with their protocol and port, routed and labelled as on the
 * canvas. The page is the diagram's size (1 unit per canvas pixel), scaled down only past the 200-inch limit
 * readers keep to.
 */
public final class DiagramPdf {

    private static final float MARGIN = 24;
    /** The largest page side PDF readers are required to handle (200 inches). */
    private static final float MAX_SIDE = 14_400;
    private static final Color BACKGROUND = new Color(0xf6f8fa);
    private static final Color LINK = new Color(0x57606a);

    private final Design design;
    private final PdfFont font;
    private final PDPageContentStream out;
    private final double minX;
    private final double maxY;
    private final float scale;

    private DiagramPdf(Design design, PdfFont font, PDPageContentStream out, double minX, double maxY, float scale) {
        this.design = design;
        this.font = font;
        this.out = out;
        this.minX = minX;
        this.maxY = maxY;
        this.scale = scale;
    }

    /** Writes the diagram of {@code design}, made at {@code when}. */
    public static void write(Design design, ZonedDateTime when, OutputStream stream) throws IOException {
        DiagramArea area = DiagramArea.of(design);
        double minX = area.minX();
        double minY = area.minY();
        double maxX = area.maxX();
        double maxY = area.maxY();
        float width = (float) (maxX - minX + 2 * MARGIN);
        float height = (float) (maxY - minY + 2 * MARGIN);
        float scale = Math.min(1f, MAX_SIDE / Math.max(width, height));
        try (PDDocument document = new PDDocument()) {
            PdfFont font = PdfFont.load(document);
            PDPage page = new PDPage(new PDRectangle(width * scale, height * scale));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new DiagramPdf(design, font, out, minX - MARGIN, maxY + MARGIN, scale).draw(width, height);
            }
            document.getDocumentInformation().setTitle(font.printable(design.name()));
            document.getDocumentInformation().setCreator("Infra Designer");
            document.getDocumentInformation().setCreationDate(GregorianCalendar.from(when));
            document.save(stream);
        }
    }

    private void draw(float width, float height) throws IOException {
        out.setNonStrokingColor(BACKGROUND);
        out.addRect(0, 0, width * scale, height * scale);
        out.fill();
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            Bounds b = server.bounds();
            Color grey = Color.decode(DiagramColours.of(ComponentKind.SERVER));
            out.setLineDashPattern(new float[] {6 * scale, 4 * scale}, 0);
            roundedRect(b, 10, over(grey, 0x0f, BACKGROUND), grey, 1);
            out.setLineDashPattern(new float[0], 0);
            text(b.x() + 12, b.y() + 22, server.label(), 13, true, new Color(0x1f2328));
        }
        DesignRoutes routes = DesignRoutes.of(design);
        for (Link l : design.links()) {
            arrow(routes.links().get(l.id()), LinkRouting.text(l), l.protocol() != dev.infradesigner.model.Protocol.NETWORK);
        }
        for (LinkRouting.Drawn drawn : routes.resolutions().values()) {
            arrow(drawn, LinkRouting.RESOLVES_TO, true);
        }
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.SERVER) {
                continue;
            }
            Bounds b = c.bounds();
            Color colour = Color.decode(DiagramColours.of(c.kind()));
            roundedRect(b, 8, Color.WHITE, new Color(0xd0d7de), 1);
            out.setNonStrokingColor(colour);
            out.addRect(x(b.x()), y(b.maxY()), 5 * scale, (float) b.height() * scale);
            out.fill();
            text(b.x() + 14, b.y() + b.height() / 2 - 4, c.kind().displayName().toUpperCase(Locale.ROOT), 9, true,
                    colour);
            text(b.x() + 14, b.y() + b.height() / 2 + 12, c.label(), 13, true, new Color(0x1f2328));
        }
    }

    /**
     * A link along its route (as the canvas draws it), its head on the last segment unless it has no direction
     * (a cable), its label as on the canvas.
     */
    private void arrow(LinkRouting.Drawn drawn, String label, boolean head) throws IOException {
        List<Point> points = drawn.points();
        out.setStrokingColor(LINK);
        out.setLineWidth(1.5f * scale);
        out.setLineJoinStyle(1);
        out.moveTo(x(points.get(0).x()), y(points.get(0).y()));
        for (Point p : points.subList(1, points.size())) {
            out.lineTo(x(p.x()), y(p.y()));
        }
        out.stroke();
        out.setLineJoinStyle(0);
        if (head) {
            head(points);
        }
        Point at = drawn.label();
        if (at != null) {
            double half = font.font().getStringWidth(font.printable(label)) / 1000 * 9 / 2;
            text(at.x() - half, at.y() + DiagramLabels.BASELINE, label, 9, false, new Color(0x59636e));
        }
    }

    private void head(List<Point> points) throws IOException {
        Point last = points.get(points.size() - 1);
        Point before = points.get(Math.max(0, points.size() - 2));
        double[] end = {last.x(), last.y()};
        double angle = Math.atan2(last.y() - before.y(), last.x() - before.x());
        double size = 8;
        out.setNonStrokingColor(LINK);
        out.moveTo(x(end[0]), y(end[1]));
        out.lineTo(x(end[0] - size * Math.cos(angle - 0.45)), y(end[1] - size * Math.sin(angle - 0.45)));
        out.lineTo(x(end[0] - size * Math.cos(angle + 0.45)), y(end[1] - size * Math.sin(angle + 0.45)));
        out.closePath();
        out.fill();
    }

    /** A rectangle with round corners (Bézier quarter circles), filled and outlined. */
    private void roundedRect(Bounds b, double radius, Color fill, Color stroke, float lineWidth) throws IOException {
        float l = x(b.x());
        float r = x(b.maxX());
        float t = y(b.y());
        float bottom = y(b.maxY());
        float rad = (float) Math.min(radius, Math.min(b.width(), b.height()) / 2) * scale;
        float k = 0.5523f * rad;
        out.moveTo(l + rad, bottom);
        out.lineTo(r - rad, bottom);
        out.curveTo(r - rad + k, bottom, r, bottom + rad - k, r, bottom + rad);
        out.lineTo(r, t - rad);
        out.curveTo(r, t - rad + k, r - rad + k, t, r - rad, t);
        out.lineTo(l + rad, t);
        out.curveTo(l + rad - k, t, l, t - rad + k, l, t - rad);
        out.lineTo(l, bottom + rad);
        out.curveTo(l, bottom + rad - k, l + rad - k, bottom, l + rad, bottom);
        out.closePath();
        out.setNonStrokingColor(fill);
        out.setStrokingColor(stroke);
        out.setLineWidth(lineWidth * scale);
        out.fillAndStroke();
    }

    /** Text with its baseline at the canvas point (x, y), like SVG's {@code <text>}. */
    private void text(double x, double y, String content, float size, boolean bold, Color colour) throws IOException {
        String printable = font.printable(content);
        if (printable.isBlank()) {
            return;
        }
        out.beginText();
        out.setFont(font.font(), size * scale);
        out.setNonStrokingColor(colour);
        if (bold) {
            out.setStrokingColor(colour);
            out.setLineWidth(size * scale * 0.035f);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x(x), y(y));
        out.showText(printable);
        out.endText();
    }

    private float x(double canvasX) {
        return (float) ((canvasX - minX) * scale);
    }

    /** PDF's y grows upwards, the canvas's downwards. */
    private float y(double canvasY) {
        return (float) ((maxY - canvasY) * scale);
    }

    /** {@code colour} at {@code alpha} (0-255) over {@code background}, as one opaque colour. */
    private static Color over(Color colour, int alpha, Color background) {
        float a = alpha / 255f;
        return new Color(Math.round(colour.getRed() * a + background.getRed() * (1 - a)),
                Math.round(colour.getGreen() * a + background.getGreen() * (1 - a)),
                Math.round(colour.getBlue() * a + background.getBlue() * (1 - a)));
    }
}
