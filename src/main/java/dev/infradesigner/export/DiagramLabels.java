package dev.infradesigner.export;

import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.model.Point;
import java.util.List;

/**
 * Where the SVG and the PDF put a link's label: where the canvas puts it, and where the canvas finds no
 * room (it then shows the label as a tooltip only) beside the middle of the route's longest segment, since
 * paper has no tooltips and a link must still say what travels over it.
 */
public final class DiagramLabels {

    /** From a label's centre down to the baseline of its 9-unit text. */
    public static final double BASELINE = 3;

    private DiagramLabels() {
    }

    /** The centre of the label of the link drawn as {@code drawn}, saying {@code text}. */
    public static Point centre(LinkRouting.Drawn drawn, String text) {
        if (drawn.label() != null) {
            return drawn.label();
        }
        List<Point> p = drawn.points();
        int longest = 0;
        for (int s = 1; s + 1 < p.size(); s++) {
            if (length(p, s) > length(p, longest)) {
                longest = s;
            }
        }
        Point a = p.get(longest);
        Point b = p.get(Math.min(longest + 1, p.size() - 1));
        double x = (a.x() + b.x()) / 2;
        double y = (a.y() + b.y()) / 2;
        // As the canvas would: above a horizontal segment, to the right of a vertical one.
        return a.y() == b.y() ? new Point(x, y - LinkRouting.LABEL_HEIGHT / 2 - 1)
                : new Point(x + 4 + LinkRouting.labelWidth(text) / 2, y);
    }

    private static double length(List<Point> p, int s) {
        if (s + 1 >= p.size()) {
            return 0;
        }
        return Math.abs(p.get(s + 1).x() - p.get(s).x()) + Math.abs(p.get(s + 1).y() - p.get(s).y());
    }
}
