package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where something new goes beside what it comes from, never on it: a copy beside its original, what a fix
 * adds beside what it pairs. A copy drawn a few pixels over its original hid it, and people took the two for
 * one; a fix's second load balancer placed below everything had its links cross the whole diagram. The group
 * keeps its shape and moves to the first free place to the right of the original, or below it, further out
 * each try.
 */
public final class FreeSpace {

    /** The space kept between the original and its copy. */
    public static final double GAP = 40;
    private static final int TRIES = 40;

    private FreeSpace() {
    }

    /**
     * How far to move a group of copies whose outline is {@code group} so it overlaps nothing the design
     * holds outside servers (servers included): (0, 0) when its place is free (pasting what was cut, or into
     * another design), else the nearest free place beside it.
     */
    public static double[] offset(Design design, Bounds group) {
        Bounds spot = beside(design, group, group.width(), group.height(), true);
        return new double[] {spot.x() - group.x(), spot.y() - group.y()};
    }

    /**
     * A free place of {@code width} by {@code height} beside {@code original}: to its right, else below it,
     * further out each try, overlapping nothing the design holds outside servers. With {@code sameSpot}, the
     * original's own place comes first (free when the original is gone or elsewhere).
     */
    public static Bounds beside(Design design, Bounds original, double width, double height, boolean sameSpot) {
        List<Bounds> taken = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.hostId() == null) {
                taken.add(c.bounds());
            }
        }
        List<Bounds> candidates = new ArrayList<>();
        if (sameSpot) {
            candidates.add(at(original.x(), original.y(), width, height));
        }
        for (int k = 0; k < TRIES; k++) {
            double right = original.maxX() + GAP + k * (width + GAP);
            double below = original.maxY() + GAP + k * (height + GAP);
            candidates.add(at(right, original.y(), width, height));
            candidates.add(at(original.x(), below, width, height));
            candidates.add(at(right, below, width, height));
        }
        for (Bounds c : candidates) {
            Bounds withGap = new Bounds(c.x() - GAP / 2, c.y() - GAP / 2, c.width() + GAP, c.height() + GAP);
            if (taken.stream().noneMatch(withGap::overlaps)) {
                return c;
            }
        }
        double right = taken.stream().mapToDouble(Bounds::maxX).max().orElse(original.maxX());
        return at(right + GAP, original.y(), width, height);
    }

    private static Bounds at(double x, double y, double width, double height) {
        return new Bounds(clamp(x), clamp(y), width, height);
    }

    private static double clamp(double v) {
        return Math.max(-Bounds.LIMIT / 2, Math.min(Bounds.LIMIT / 2, v));
    }

    /** The outline of {@code components}, or null when there are none. */
    public static Bounds outline(List<Component> components) {
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
