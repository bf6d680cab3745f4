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
    private static final int MAX_ID = 64;

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

    /**
     * A free id built on {@code base}, kept as it is (case and numbers) but cut where base and suffix would
     * pass the 64 characters an id may have: a fix on a server with a long id must not fail.
     */
    static String freshId(Design design, String base) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            String id = base.substring(0, Math.min(base.length(), MAX_ID - suffix.length())) + suffix;
            if (!design.contains(id)) {
                return id;
            }
        }
    }

    /** Below everything in the design, for components added outside any server. */
    static double belowAll(Design design) {
        return design.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElse(0) + 40;
    }
}
