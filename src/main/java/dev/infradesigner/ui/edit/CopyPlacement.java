package dev.infradesigner.ui.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a copy lands: beside what it was copied from, never on it. A copy drawn a few pixels over its
 * original hid it, and people took the two for one. The copied group keeps its shape and moves to the first
 * free place to the right of the original, or below it, further out each try; a card copied alone inside a
 * server takes the server's next free spot.
 */
final class CopyPlacement {

    /** The space kept between the original and its copy. */
    static final double GAP = 40;
    private static final int TRIES = 40;

    private CopyPlacement() {
    }

    /**
     * How far to move a group of copies whose outline is {@code group} so it overlaps nothing the design
     * holds outside servers (servers included): (0, 0) when its place is free (pasting what was cut, or into
     * another design), else the nearest free place beside it.
     */
    static double[] offset(Design design, Bounds group) {
        List<Bounds> taken = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.hostId() == null) {
                taken.add(c.bounds());
            }
        }
        double stepX = group.width() + GAP;
        double stepY = group.height() + GAP;
        List<double[]> candidates = new ArrayList<>();
        candidates.add(new double[] {0, 0});
        for (int k = 1; k <= TRIES; k++) {
            candidates.add(new double[] {k * stepX, 0});
            candidates.add(new double[] {0, k * stepY});
            candidates.add(new double[] {k * stepX, k * stepY});
        }
        for (double[] c : candidates) {
            Bounds moved = new Bounds(Layout.clamp(group.x() + c[0]), Layout.clamp(group.y() + c[1]), group.width(),
                    group.height());
            Bounds withGap = new Bounds(moved.x() - GAP / 2, moved.y() - GAP / 2, moved.width() + GAP,
                    moved.height() + GAP);
            if (taken.stream().noneMatch(withGap::overlaps)) {
                return new double[] {moved.x() - group.x(), moved.y() - group.y()};
            }
        }
        double right = taken.stream().mapToDouble(Bounds::maxX).max().orElse(group.maxX());
        return new double[] {Layout.clamp(right + GAP) - group.x(), 0};
    }

    /** The outline of {@code components}, or null when there are none. */
    static Bounds outline(List<Component> components) {
        if (components.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Component c : components) {
            Bounds b = c.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }
}
