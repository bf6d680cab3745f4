package dev.infradesigner.edit;

import dev.infradesigner.edit.Room;
import dev.infradesigner.edit.ServerGrid;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The canvas geometry that edits share: card and server sizes, which server lies under a point, and
 * servers fitting what they host (the samples use the same numbers).
 */
public final class Layout {

    public static final double CARD_WIDTH = ServerGrid.CARD_WIDTH;
    public static final double CARD_HEIGHT = ServerGrid.CARD_HEIGHT;
    public static final double SERVER_WIDTH = ServerGrid.SERVER_WIDTH;
    public static final double SERVER_HEIGHT = ServerGrid.SERVER_HEIGHT;
    /** Room at the top of a server for its name and address. */
    public static final double SERVER_HEADER = ServerGrid.HEADER;
    public static final double SERVER_PADDING = ServerGrid.PADDING;

    private Layout() {
    }

    /** The size a new component of {@code kind} gets. */
    public static Bounds newBounds(ComponentKind kind, double centerX, double centerY) {
        double w = kind == ComponentKind.SERVER ? SERVER_WIDTH : CARD_WIDTH;
        double h = kind == ComponentKind.SERVER ? SERVER_HEIGHT : CARD_HEIGHT;
        return new Bounds(clamp(centerX - w / 2), clamp(centerY - h / 2), w, h);
    }

    /** The frontmost server whose area holds the point, skipping those in {@code except}. */
    public static Optional<Component> serverAt(Design design, double x, double y, Collection<String> except) {
        List<Component> servers = design.componentsOf(ComponentKind.SERVER);
        for (int i = servers.size() - 1; i >= 0; i--) {
            Component s = servers.get(i);
            Bounds b = s.bounds();
            if (!except.contains(s.id()) && x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The frontmost component (not a server) whose card holds the point, else the frontmost server. */
    public static Optional<Component> componentAt(Design design, double x, double y) {
        List<Component> all = design.components();
        for (int i = all.size() - 1; i >= 0; i--) {
            Component c = all.get(i);
            Bounds b = c.bounds();
            if (c.kind() != ComponentKind.SERVER && x >= b.x() && x <= b.maxX() && y >= b.y() && y <= b.maxY()) {
                return Optional.of(c);
            }
        }
        return serverAt(design, x, y, List.of());
    }

    /** The free grid cell of {@code serverId} nearest to the centre of {@code wanted} (see {@link ServerGrid}). */
    static Bounds freeSpot(Design design, String serverId, Bounds wanted) {
        return ServerGrid.freeCell(design, serverId, wanted.centerX(), wanted.centerY());
    }

    /**
     * {@code design} with each of the servers fitted to what it hosts: grown to hold it, shrunk once cards
     * have left, and what a grown server would now cover moved aside ({@link Room}).
     */
    static Design fitServers(Design design, Collection<String> serverIds) {
        Design result = design;
        for (String id : new java.util.LinkedHashSet<>(serverIds)) {
            Optional<Component> found = result.component(id);
            if (found.isEmpty() || found.get().kind() != ComponentKind.SERVER) {
                continue;
            }
            Component server = found.get();
            Bounds b = server.bounds();
            Bounds fitted = ServerGrid.fitted(b, result.hostedOn(id).stream().map(Component::bounds).toList());
            fitted = new Bounds(clamp(fitted.x()), clamp(fitted.y()), fitted.width(), fitted.height());
            if (!fitted.equals(b)) {
                result = Room.madeFor(result.with(server.withBounds(fitted)), id, b);
            }
        }
        return result;
    }

    /** The ids plus everything the servers among them host: what moves or goes with them. */
    static List<String> withHosted(Design design, Collection<String> ids) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        java.util.Set<String> seen = new java.util.HashSet<>(all);
        for (String id : List.copyOf(all)) {
            for (Component hosted : design.hostedOn(id)) {
                if (seen.add(hosted.id())) {
                    all.add(hosted.id());
                }
            }
        }
        return all;
    }

    static double clamp(double v) {
        return Math.max(-Bounds.LIMIT / 2, Math.min(Bounds.LIMIT / 2, v));
    }
}
