package dev.infradesigner.ui.edit;

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
 * servers growing to fit what they host (the samples use the same numbers).
 */
public final class Layout {

    public static final double CARD_WIDTH = 168;
    public static final double CARD_HEIGHT = 56;
    public static final double SERVER_WIDTH = 200;
    public static final double SERVER_HEIGHT = 128;
    /** Room at the top of a server for its name and address. */
    public static final double SERVER_HEADER = 56;
    public static final double SERVER_PADDING = 16;

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

    /** The bounds a card placed at {@code b} gets inside {@code server}'s content area (below the header). */
    static Bounds insideServer(Bounds b, Bounds server) {
        double minY = server.y() + SERVER_HEADER;
        double y = Math.max(b.y(), minY);
        double x = Math.max(b.x(), server.x() + SERVER_PADDING);
        return new Bounds(clamp(x), clamp(y), b.width(), b.height());
    }

    /**
     * {@code wanted}, or the nearest place to its right (then on the next rows) where it overlaps nothing the
     * server already hosts, so components dropped one after another line up instead of piling up.
     */
    static Bounds freeSpot(Design design, String serverId, Bounds wanted) {
        List<Component> siblings = design.hostedOn(serverId);
        double startX = wanted.x();
        for (int row = 0; row < 50; row++) {
            Bounds candidate = new Bounds(clamp(startX), clamp(wanted.y() + row * (wanted.height() + 12)),
                    wanted.width(), wanted.height());
            for (int step = 0; step < 8; step++) {
                Bounds c = candidate;
                if (siblings.stream().noneMatch(s -> s.bounds().overlaps(c))) {
                    return c;
                }
                candidate = candidate.moved(wanted.width() + 12, 0);
            }
        }
        return wanted;
    }

    /** {@code design} with each of the servers grown (never shrunk) to hold what it hosts. */
    static Design fitServers(Design design, Collection<String> serverIds) {
        Design result = design;
        List<Component> grownServers = new ArrayList<>();
        for (String id : serverIds) {
            Optional<Component> found = result.component(id);
            if (found.isEmpty() || found.get().kind() != ComponentKind.SERVER) {
                continue;
            }
            Component server = found.get();
            Bounds b = server.bounds();
            double minX = b.x();
            double minY = b.y();
            double maxX = b.maxX();
            double maxY = b.maxY();
            for (Component c : result.hostedOn(id)) {
                Bounds cb = c.bounds();
                minX = Math.min(minX, cb.x() - SERVER_PADDING);
                minY = Math.min(minY, cb.y() - SERVER_HEADER);
                maxX = Math.max(maxX, cb.maxX() + SERVER_PADDING);
                maxY = Math.max(maxY, cb.maxY() + SERVER_PADDING);
            }
            Bounds grown = new Bounds(clamp(minX), clamp(minY), maxX - minX, maxY - minY);
            if (!grown.equals(b)) {
                grownServers.add(server.withBounds(grown));
            }
        }
        return result.withAll(grownServers);
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
