package dev.infradesigner.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Align and Distribute (Arrange menu). Each component of the selection is moved as a drag would move it
 * ({@link Edits#move}): a server takes what it hosts along, a card lands in the server under its centre or
 * leaves one, and servers grow to hold their cards. A card whose server is selected too moves with the
 * server only, so aligning a server and its card does not tear them apart. The whole arrangement is one
 * outcome, so one undo step.
 */
public final class Arrange {

    /** Which edge or centre line the selection lines up on. */
    public enum Alignment {
        LEFT("left"), CENTRE("centre"), RIGHT("right"), TOP("top"), MIDDLE("middle"), BOTTOM("bottom");

        private final String word;

        Alignment(String word) {
            this.word = word;
        }

        boolean horizontal() {
            return this == LEFT || this == CENTRE || this == RIGHT;
        }
    }

    private Arrange() {
    }

    /** The selection lined up on the first-most edge (left, top), the last-most (right, bottom) or the middle. */
    public static Outcome align(Design design, Collection<String> ids, Alignment alignment) {
        List<Component> parts = topLevel(design, ids);
        if (parts.size() < 2) {
            throw new EditRefusedException("Select two or more components to align.");
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Component c : parts) {
            Bounds b = c.bounds();
            min = Math.min(min, alignment.horizontal() ? b.x() : b.y());
            max = Math.max(max, alignment.horizontal() ? b.maxX() : b.maxY());
        }
        Design next = design;
        for (Component c : parts) {
            Bounds b = c.bounds();
            double delta = switch (alignment) {
                case LEFT -> min - b.x();
                case RIGHT -> max - b.maxX();
                case CENTRE -> (min + max) / 2 - b.centerX();
                case TOP -> min - b.y();
                case BOTTOM -> max - b.maxY();
                case MIDDLE -> (min + max) / 2 - b.centerY();
            };
            next = moved(next, c.id(), alignment.horizontal() ? delta : 0, alignment.horizontal() ? 0 : delta);
        }
        return Outcome.of(next, "Align " + parts.size() + " components " + alignment.word);
    }

    /**
     * The selection spread so the gaps between neighbours are equal, the outermost two staying where they are
     * (horizontally: the leftmost and the rightmost).
     */
    public static Outcome distribute(Design design, Collection<String> ids, boolean horizontally) {
        List<Component> parts = new ArrayList<>(topLevel(design, ids));
        if (parts.size() < 3) {
            throw new EditRefusedException("Select three or more components to distribute.");
        }
        parts.sort(Comparator.comparingDouble(c -> horizontally ? c.bounds().x() : c.bounds().y()));
        double start = horizontally ? parts.get(0).bounds().x() : parts.get(0).bounds().y();
        double end = -Double.MAX_VALUE;
        double total = 0;
        for (Component c : parts) {
            Bounds b = c.bounds();
            end = Math.max(end, horizontally ? b.maxX() : b.maxY());
            total += horizontally ? b.width() : b.height();
        }
        double gap = (end - start - total) / (parts.size() - 1);
        Design next = design;
        double at = start;
        for (Component c : parts) {
            Bounds b = c.bounds();
            double delta = at - (horizontally ? b.x() : b.y());
            if (Math.abs(delta) > 1e-9) {
                next = moved(next, c.id(), horizontally ? delta : 0, horizontally ? 0 : delta);
            }
            at += (horizontally ? b.width() : b.height()) + gap;
        }
        return Outcome.of(next, "Distribute " + parts.size() + " components "
                + (horizontally ? "horizontally" : "vertically"));
    }

    private static Design moved(Design design, String id, double dx, double dy) {
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return design;
        }
        return Edits.move(design, List.of(id), dx, dy).design();
    }

    /** The selected components, without those hosted on a selected server. */
    private static List<Component> topLevel(Design design, Collection<String> ids) {
        Set<String> selected = Set.copyOf(ids);
        List<Component> parts = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            design.component(id).filter(c -> c.hostId() == null || !selected.contains(c.hostId()))
                    .ifPresent(parts::add);
        }
        return parts;
    }
}
