package dev.infradesigner.export;

/**
 * Where the SVG and the PDF put a link's label: centred where the canvas puts it ({@code LinkRouting}), and
 * nowhere where the canvas finds no room (on screen the tooltip still says it; on paper a label squeezed
 * between two cards 12 apart was drawn under them, cut, which said nothing either). One number, so the two
 * pictures set the text alike.
 */
public final class DiagramLabels {

    /** From a label's centre down to the baseline of its 9-unit text. */
    public static final double BASELINE = 3;

    private DiagramLabels() {
    }
}
