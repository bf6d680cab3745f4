package dev.infradesigner.export;

import dev.infradesigner.analysis.layout.DesignRoutes;
import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.Locale;

/**
 * The diagram as an SVG document, drawn from the design itself (not from the screen), so it is sharp at
 * any size and the same on every machine: servers as dashed containers, components as cards with their
 * kind's colour, links as arrows with their protocol and port, along the routes and with the labels where the canvas
 * draws them (see {@link DesignRoutes}). Every label is escaped.
 */
public final class SvgDiagram {

    private static final double MARGIN = 24;
    private SvgDiagram() {
    }

    public static String of(Design design) {
        DiagramArea area = DiagramArea.of(design);
        double minX = area.minX();
        double minY = area.minY();
        double maxX = area.maxX();
        double maxY = area.maxY();
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%s %s %s %s\" "
                + "width=\"%s\" height=\"%s\" font-family=\"sans-serif\">%n", n(minX - MARGIN), n(minY - MARGIN),
                n(maxX - minX + 2 * MARGIN), n(maxY - minY + 2 * MARGIN), n(maxX - minX + 2 * MARGIN),
                n(maxY - minY + 2 * MARGIN)));
        svg.append("  <title>").append(escape(design.name())).append("</title>\n");
        svg.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#57606a\"/>"
                + "</marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#f6f8fa\"/>%n",
                n(minX - MARGIN), n(minY - MARGIN), n(maxX - minX + 2 * MARGIN), n(maxY - minY + 2 * MARGIN)));
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            Bounds b = server.bounds();
            svg.append(String.format(Locale.ROOT, "  <g id=\"%s\"><rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                    + "rx=\"10\" fill=\"#6e77810f\" stroke=\"#6e7781\" stroke-dasharray=\"6 4\"/>%n", escape(server.id()),
                    n(b.x()), n(b.y()), n(b.width()), n(b.height())));
            svg.append(text(b.x() + 12, b.y() + 22, server.label(), 13, "bold", "#1f2328")).append("</g>\n");
        }
        DesignRoutes routes = DesignRoutes.of(design);
        for (Link l : design.links()) {
            String drawnLink = arrow(routes.links().get(l.id()), LinkRouting.text(l), escape(l.id()));
            // A cable has no direction: no head.
            svg.append(l.protocol() == dev.infradesigner.model.Protocol.NETWORK
                    ? drawnLink.replace(" marker-end=\"url(#arrow)\"", "") : drawnLink);
        }
        routes.resolutions().forEach((dns, drawn) ->
                svg.append(arrow(drawn, LinkRouting.RESOLVES_TO, escape(dns) + "-resolves")));
        for (Component c : design.components()) {
            if (c.kind() == ComponentKind.SERVER) {
                continue;
            }
            Bounds b = c.bounds();
            String colour = DiagramColours.of(c.kind());
            svg.append(String.format(Locale.ROOT, "  <g id=\"%s\"><rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                    + "rx=\"8\" fill=\"#ffffff\" stroke=\"#d0d7de\"/><rect x=\"%s\" y=\"%s\" width=\"5\" height=\"%s\" "
                    + "fill=\"%s\"/>%n", escape(c.id()), n(b.x()), n(b.y()), n(b.width()), n(b.height()), n(b.x()),
                    n(b.y()), n(b.height()), colour));
            svg.append(text(b.x() + 14, b.y() + b.height() / 2 - 4, c.kind().displayName().toUpperCase(Locale.ROOT),
                    9, "bold", colour));
            svg.append(text(b.x() + 14, b.y() + b.height() / 2 + 12, c.label(), 13, "bold", "#1f2328"));
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * A link along its route, with its label centred where the canvas puts it; where the canvas has no room
     * for it, the label is the group's title, which SVG viewers show as a tooltip, as the canvas does.
     */
    private static String arrow(LinkRouting.Drawn drawn, String label, String id) {
        StringBuilder points = new StringBuilder();
        for (Point p : drawn.points()) {
            points.append(points.length() == 0 ? "" : " ").append(n(p.x())).append(',').append(n(p.y()));
        }
        Point at = drawn.label();
        String title = at == null ? "<title>" + escape(label) + "</title>" : "";
        String text = at == null ? "" : String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"9\" "
                + "font-weight=\"normal\" fill=\"#59636e\" text-anchor=\"middle\">%s</text>", n(at.x()),
                n(at.y() + DiagramLabels.BASELINE), escape(label));
        return String.format(Locale.ROOT, "  <g id=\"%s\">%s<polyline points=\"%s\" fill=\"none\" "
                + "stroke=\"#57606a\" stroke-width=\"1.5\" stroke-linejoin=\"round\" marker-end=\"url(#arrow)\"/>%s"
                + "</g>%n", id, title, points, text);
    }

    private static String text(double x, double y, String content, int size, String weight, String fill) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%d\" font-weight=\"%s\" fill=\"%s\">%s</text>",
                n(x), n(y), size, weight, fill, escape(content));
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Text made safe inside an XML element or attribute; characters XML cannot hold are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
