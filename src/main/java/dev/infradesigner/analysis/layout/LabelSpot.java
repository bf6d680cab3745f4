package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Point;
import java.util.List;

/**
 * Where a link's label (its protocol and port) goes: on one of its own segments, at a place where the
 * label's box covers no card and no other link, preferring long segments and their middles. When every
 * place covers something, the one that covers least. Why: a label sitting on another link reads as that
 * link's, and one on a card hides the card's name.
 */
public final class LabelSpot {

    private static final double[] ALONG = {0.5, 0.3, 0.7, 0.15, 0.85};

    private LabelSpot() {
    }

    /**
     * The centre of the label of the link drawn as {@code route}.
     *
     * @param width  the label's width, in canvas units
     * @param height the label's height
     * @param cards  what it should not cover (the link's own ends included)
     * @param others the routes of the other links nearby
     * @return the centre, or null when no segment is long enough to carry the label
     */
    public static Point place(List<Point> route, double width, double height, List<Bounds> cards,
            List<List<Point>> others) {
        List<Integer> segments = new java.util.ArrayList<>();
        for (int s = 0; s + 1 < route.size(); s++) {
            segments.add(s);
        }
        segments.sort(java.util.Comparator.comparingDouble((Integer s) -> -length(route, s)));
        Point best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int s : segments) {
            Point a = route.get(s);
            Point b = route.get(s + 1);
            boolean horizontal = a.y() == b.y();
            // Along a horizontal segment the label must fit its width; beside a vertical one, its height.
            if (length(route, s) < (horizontal ? width + 16 : height + 16)) {
                continue;
            }
            for (double t : ALONG) {
                double x = a.x() + (b.x() - a.x()) * t;
                double y = a.y() + (b.y() - a.y()) * t;
                // Above a horizontal segment (not struck through by it), to the right of a vertical one.
                Bounds box = horizontal ? new Bounds(x - width / 2, y - height - 1, width, height)
                        : new Bounds(x + 4, y - height / 2, width, height);
                int score = covered(box, cards, others);
                if (score < bestScore) {
                    bestScore = score;
                    best = new Point(box.centerX(), box.centerY());
                    if (score == 0) {
                        return best;
                    }
                }
            }
        }
        return best;
    }

    private static double length(List<Point> route, int s) {
        Point a = route.get(s);
        Point b = route.get(s + 1);
        return Math.abs(b.x() - a.x()) + Math.abs(b.y() - a.y());
    }

    /** How many cards and other links' segments the box covers. */
    static int covered(Bounds box, List<Bounds> cards, List<List<Point>> others) {
        int n = 0;
        for (Bounds c : cards) {
            if (c.overlaps(box)) {
                n++;
            }
        }
        for (List<Point> other : others) {
            for (int s = 0; s + 1 < other.size(); s++) {
                if (crosses(box, other.get(s), other.get(s + 1))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether the horizontal or vertical segment a-b passes through the box. */
    static boolean crosses(Bounds box, Point a, Point b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return minX <= box.maxX() && maxX >= box.x() && minY <= box.maxY() && maxY >= box.y();
    }
}
