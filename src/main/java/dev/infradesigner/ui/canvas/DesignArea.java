package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.Collection;
import java.util.Optional;

/** The area parts of a design cover: what fitting, revealing, the scroll bars and the snapshot frame. */
final class DesignArea {

    /** What an empty design shows: a default page. */
    private static final Bounds EMPTY_PAGE = new Bounds(0, 0, 800, 600);

    private DesignArea() {
    }

    /** The area the whole design covers, or a default page when it is empty. */
    static Bounds of(Design d) {
        if (d == null || d.components().isEmpty()) {
            return EMPTY_PAGE;
        }
        Cover cover = new Cover();
        d.components().forEach(cover::add);
        return cover.bounds();
    }

    /** The area the components with these ids cover (those still in the design), or {@code null} if none is. */
    static Bounds of(Design d, Collection<String> ids) {
        Cover cover = new Cover();
        for (String id : ids) {
            Optional<Component> c = d == null ? Optional.empty() : d.component(id);
            c.ifPresent(cover::add);
        }
        return cover.bounds();
    }

    private static final class Cover {
        private double minX = Double.MAX_VALUE;
        private double minY = Double.MAX_VALUE;
        private double maxX = -Double.MAX_VALUE;
        private double maxY = -Double.MAX_VALUE;
        private boolean any;

        void add(Component c) {
            Bounds b = c.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
            any = true;
        }

        Bounds bounds() {
            return any ? new Bounds(minX, minY, maxX - minX, maxY - minY) : null;
        }
    }
}
