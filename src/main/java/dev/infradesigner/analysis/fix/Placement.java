package dev.infradesigner.analysis.fix;

import dev.infradesigner.edit.Room;
import dev.infradesigner.edit.ServerGrid;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.List;

/** Where a fix puts what it adds: a new card on a server's first free grid cell ({@link ServerGrid}), the server grown to fit. */
final class Placement {

    static final double CARD_WIDTH = ServerGrid.CARD_WIDTH;
    static final double CARD_HEIGHT = ServerGrid.CARD_HEIGHT;
    static final double GAP = ServerGrid.GAP;
    static final double PADDING = ServerGrid.PADDING;
    static final double HEADER = ServerGrid.HEADER;

    private Placement() {
    }

    /** A card's bounds on the first free cell inside {@code server}: where a drop or a palette click puts it. */
    static Bounds newRowIn(Design design, Component server) {
        return ServerGrid.firstFreeCell(design, server.id());
    }

    /** {@code server} grown (never shrunk) to hold what it hosts and {@code inside}, as the editor fits it. */
    private static Component grown(Component server, Bounds inside) {
        Bounds b = server.bounds();
        Bounds fitted = ServerGrid.fitted(b, List.of(inside));
        double maxX = Math.max(b.maxX(), fitted.maxX());
        double maxY = Math.max(b.maxY(), fitted.maxY());
        return server.withBounds(new Bounds(b.x(), b.y(), maxX - b.x(), maxY - b.y()));
    }

    /**
     * {@code design} with {@code serverId} grown to hold {@code inside} and what it would now cover pushed
     * aside ({@link Room}), as the editor does when a card is dropped in a server.
     */
    static Design grow(Design design, String serverId, Bounds inside) {
        Component server = design.component(serverId).orElseThrow();
        return Room.madeFor(design.withAll(List.of(grown(server, inside))), serverId, server.bounds());
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
