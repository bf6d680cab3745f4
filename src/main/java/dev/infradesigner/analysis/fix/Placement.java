package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.List;

/** Where a fix puts what it adds: a new card inside a server below what it hosts, the server grown to fit. */
final class Placement {

    static final double CARD_WIDTH = 168;
    static final double CARD_HEIGHT = 56;
    static final double GAP = 12;
    static final double PADDING = 16;
    static final double HEADER = 56;

    private Placement() {
    }

    /** A card's bounds on a new row inside {@code server}, below everything it hosts. */
    static Bounds newRowIn(Design design, Component server) {
        List<Component> hosted = design.hostedOn(server.id());
        double y = server.bounds().y() + HEADER;
        for (Component c : hosted) {
            y = Math.max(y, c.bounds().maxY() + GAP);
        }
        return new Bounds(server.bounds().x() + PADDING, y, CARD_WIDTH, CARD_HEIGHT);
    }

    /** {@code server} grown to hold {@code inside} with padding. */
    static Component grown(Component server, Bounds inside) {
        Bounds b = server.bounds();
        double maxX = Math.max(b.maxX(), inside.maxX() + PADDING);
        double maxY = Math.max(b.maxY(), inside.maxY() + PADDING);
        return server.withBounds(new Bounds(b.x(), b.y(), maxX - b.x(), maxY - b.y()));
    }

    /** A free id built on {@code base}. */
    static String freshId(Design design, String base) {
        if (!design.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!design.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    /** Below everything in the design, for components added outside any server. */
    static double belowAll(Design design) {
        return design.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElse(0) + 40;
    }
}
