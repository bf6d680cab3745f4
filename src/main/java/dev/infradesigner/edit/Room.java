package dev.infradesigner.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Room for a server that grew: what it would now cover (a neighbour below moves down, one beside it moves
 * right, each with what it hosts), and so on for what those cover in turn. A server that grew over its
 * neighbour hid it, and the card dropped there seemed to belong to both.
 */
public final class Room {

    public static final double GAP = 40;
    private static final int MAX_PUSHES = 10_000;

    private Room() {
    }

    /** {@code design} where {@code grownId}, once at {@code before}, covers nothing it did not cover then. */
    public static Design madeFor(Design design, String grownId, Bounds before) {
        Deque<String> queue = new ArrayDeque<>();
        Deque<Bounds> befores = new ArrayDeque<>();
        queue.add(grownId);
        befores.add(before);
        Set<String> settled = new HashSet<>();
        Design result = design;
        int pushes = 0;
        while (!queue.isEmpty() && pushes < MAX_PUSHES) {
            String id = queue.poll();
            Bounds was = befores.poll();
            settled.add(id);
            Bounds now = result.component(id).orElseThrow().bounds();
            for (Component other : result.components()) {
                Bounds ob = other.bounds();
                if (other.hostId() != null || settled.contains(other.id()) || !now.overlaps(ob) || was.overlaps(ob)) {
                    continue;
                }
                boolean below = ob.y() >= was.maxY();
                double dx = below ? 0 : now.maxX() + GAP - ob.x();
                double dy = below ? now.maxY() + GAP - ob.y() : 0;
                List<Component> moved = new ArrayList<>();
                moved.add(other.withBounds(ob.moved(dx, dy)));
                for (Component hosted : result.hostedOn(other.id())) {
                    moved.add(hosted.withBounds(hosted.bounds().moved(dx, dy)));
                }
                result = result.withAll(moved);
                queue.add(other.id());
                befores.add(ob);
                pushes++;
            }
        }
        return result;
    }
}
