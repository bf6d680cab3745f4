package dev.infradesigner.export;

import dev.infradesigner.model.Design;

/**
 * The part of the plane a design's drawing covers, so that the SVG and the PDF of one design frame it alike;
 * an empty design gets a small blank page.
 */
public record DiagramArea(double minX, double minY, double maxX, double maxY) {

    public static DiagramArea of(Design design) {
        if (design.components().isEmpty()) {
            return new DiagramArea(0, 0, 400, 200);
        }
        return new DiagramArea(
                design.components().stream().mapToDouble(c -> c.bounds().x()).min().orElse(0),
                design.components().stream().mapToDouble(c -> c.bounds().y()).min().orElse(0),
                design.components().stream().mapToDouble(c -> c.bounds().maxX()).max().orElse(0),
                design.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElse(0));
    }
}
