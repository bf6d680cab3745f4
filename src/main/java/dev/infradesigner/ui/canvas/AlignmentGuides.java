package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * Snap lines while dragging, as in draw.io: when the dragged card's left, centre or right (top, middle,
 * bottom) comes within a few pixels of another card's, it snaps there and a line shows along both; when it
 * sits nearly halfway between its neighbours in a row or column, it snaps to equal gaps and both gaps are
 * marked. The cards compared are those in view when the drag starts, looked up once in the canvas's spatial
 * grid, so a mouse event costs what the view holds, not what the design holds.
 */
final class AlignmentGuides {

    /** How near (in screen pixels) an edge must come to snap. */
    static final double REACH = 6;

    private final DesignCanvas canvas;
    private final Pane overlay;
    private final List<Line> lines = new ArrayList<>();
    private final List<Line> shown = new ArrayList<>();
    private Bounds[] others = new Bounds[0];

    AlignmentGuides(DesignCanvas canvas) {
        this.canvas = canvas;
        this.overlay = canvas.overlay();
    }

    /** Collects the cards in view that the dragged one may line up with (none of those moving). */
    void start(Design design, Set<String> moving, String skip) {
        Bounds view = canvas.visibleArea();
        List<Bounds> found = new ArrayList<>();
        for (String id : canvas.layers().componentsIn(view)) {
            if (moving.contains(id) || id.equals(skip)) {
                continue;
            }
            design.component(id).map(Component::bounds).filter(b -> b.overlaps(view)).ifPresent(found::add);
        }
        others = found.toArray(Bounds[]::new);
    }

    /**
     * Where a box at {@code at} snaps, with the guides drawn: the shift (dx, dy) to add to it, each
     * {@code NaN} when nothing is near along that axis (the grid decides there).
     */
    Point2D snap(Bounds at) {
        hide();
        double reach = REACH / canvas.zoomProperty().get();
        Match x = best(at, reach, true);
        Match y = best(at, reach, false);
        Bounds placed = at.moved(x == null ? 0 : x.shift, y == null ? 0 : y.shift);
        if (x != null) {
            draw(placed, x, true);
        }
        if (y != null) {
            draw(placed, y, false);
        }
        return new Point2D(x == null ? Double.NaN : x.shift, y == null ? Double.NaN : y.shift);
    }

    void hide() {
        overlay.getChildren().removeAll(shown);
        shown.clear();
    }

    /** The nearest snap along one axis: a shared edge or centre line, or equal gaps to both neighbours. */
    private Match best(Bounds at, double reach, boolean horizontal) {
        double[] mine = lines(at, horizontal);
        Match best = null;
        for (Bounds o : others) {
            double[] theirs = lines(o, horizontal);
            for (double m : mine) {
                for (double t : theirs) {
                    double shift = t - m;
                    if (Math.abs(shift) <= reach && (best == null || Math.abs(shift) < Math.abs(best.shift))) {
                        best = new Match(shift, t, o, null, null);
                    }
                }
            }
        }
        Match gaps = equalGaps(at, reach, horizontal);
        if (gaps != null && (best == null || Math.abs(gaps.shift) < Math.abs(best.shift))) {
            return gaps;
        }
        return best;
    }

    /** Halfway between the nearest neighbours before and after it in its row (or column). */
    private Match equalGaps(Bounds at, double reach, boolean horizontal) {
        Bounds before = null;
        Bounds after = null;
        for (Bounds o : others) {
            boolean sameRow = horizontal ? o.y() < at.maxY() && o.maxY() > at.y() : o.x() < at.maxX() && o.maxX() > at.x();
            if (!sameRow) {
                continue;
            }
            if (end(o, horizontal) <= start(at, horizontal) + reach
                    && (before == null || end(o, horizontal) > end(before, horizontal))) {
                before = o;
            } else if (start(o, horizontal) >= end(at, horizontal) - reach
                    && (after == null || start(o, horizontal) < start(after, horizontal))) {
                after = o;
            }
        }
        if (before == null || after == null) {
            return null;
        }
        double size = end(at, horizontal) - start(at, horizontal);
        double room = start(after, horizontal) - end(before, horizontal) - size;
        if (room <= 0) {
            return null;
        }
        double shift = end(before, horizontal) + room / 2 - start(at, horizontal);
        return Math.abs(shift) <= reach ? new Match(shift, Double.NaN, null, before, after) : null;
    }

    private void draw(Bounds placed, Match m, boolean horizontal) {
        if (m.before != null) {
            gap(m.before, placed, horizontal);
            gap(placed, m.after, horizontal);
            return;
        }
        // A vertical line at x = m.line for a horizontal snap, spanning both boxes (and the other way round).
        double from = Math.min(horizontal ? placed.y() : placed.x(), horizontal ? m.other.y() : m.other.x());
        double to = Math.max(horizontal ? placed.maxY() : placed.maxX(), horizontal ? m.other.maxY() : m.other.maxX());
        Point2D a = horizontal ? canvas.toLocal(m.line, from) : canvas.toLocal(from, m.line);
        Point2D b = horizontal ? canvas.toLocal(m.line, to) : canvas.toLocal(to, m.line);
        line("alignment-guide", a, b);
    }

    /** Marks the gap between two boxes along the axis, midway across their overlap. */
    private void gap(Bounds first, Bounds second, boolean horizontal) {
        double across = horizontal
                ? (Math.max(first.y(), second.y()) + Math.min(first.maxY(), second.maxY())) / 2
                : (Math.max(first.x(), second.x()) + Math.min(first.maxX(), second.maxX())) / 2;
        Point2D a = horizontal ? canvas.toLocal(first.maxX(), across) : canvas.toLocal(across, first.maxY());
        Point2D b = horizontal ? canvas.toLocal(second.x(), across) : canvas.toLocal(across, second.y());
        line("spacing-hint", a, b);
    }

    private void line(String style, Point2D a, Point2D b) {
        Line l = shown.size() < lines.size() ? lines.get(shown.size()) : newLine();
        l.getStyleClass().setAll(style);
        l.setStartX(a.getX());
        l.setStartY(a.getY());
        l.setEndX(b.getX());
        l.setEndY(b.getY());
        shown.add(l);
        overlay.getChildren().add(l);
    }

    private Line newLine() {
        Line l = new Line();
        l.setManaged(false);
        l.setMouseTransparent(true);
        lines.add(l);
        return l;
    }

    private static double[] lines(Bounds b, boolean horizontal) {
        return horizontal ? new double[] {b.x(), b.centerX(), b.maxX()} : new double[] {b.y(), b.centerY(), b.maxY()};
    }

    private static double start(Bounds b, boolean horizontal) {
        return horizontal ? b.x() : b.y();
    }

    private static double end(Bounds b, boolean horizontal) {
        return horizontal ? b.maxX() : b.maxY();
    }

    /** A snap: how far to shift, and what to draw (a line at {@code line} along {@code other}, or two gaps). */
    private record Match(double shift, double line, Bounds other, Bounds before, Bounds after) {
    }
}
