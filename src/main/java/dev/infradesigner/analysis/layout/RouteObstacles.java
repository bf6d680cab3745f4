package dev.infradesigner.analysis.layout;

import dev.infradesigner.edit.ServerGrid;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * What a link's route must go around: every card that is not one of its ends, and the title bar of every
 * server (a link may cross a server's body to reach what it hosts, but not the name and address on top).
 * One definition for the canvas and the tests, so both mean the same thing by "through a card".
 */
public final class RouteObstacles {

    private RouteObstacles() {
    }

    /** The obstacles of {@code link} among {@code near} (any components; the caller picks those nearby). */
    public static List<Bounds> of(Link link, Iterable<Component> near) {
        List<Bounds> out = new ArrayList<>();
        for (Component c : near) {
            if (link.touches(c.id())) {
                continue;
            }
            Bounds obstacle = of(c);
            if (obstacle != null) {
                out.add(obstacle);
            }
        }
        return out;
    }

    /** The part of {@code c} a route avoids: a card whole, a server's title bar. */
    public static Bounds of(Component c) {
        if (c.kind() != ComponentKind.SERVER) {
            return c.bounds();
        }
        Bounds b = c.bounds();
        return new Bounds(b.x(), b.y(), b.width(), Math.min(ServerGrid.HEADER, b.height()));
    }
}
