package dev.infradesigner.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that decides where cards sit inside a server, for a drop, a palette click, a fix and Tidy
 * Up alike: cells of a grid below the header, so cards dropped one after another neither stair-step nor
 * pile up, and the server's size follows what it holds, growing downwards rather than over its neighbour,
 * shrinking again when cards leave.
 */
public final class ServerGrid {

    public static final double CARD_WIDTH = 168;
    public static final double CARD_HEIGHT = 56;
    public static final double SERVER_WIDTH = 200;
    public static final double SERVER_HEIGHT = 128;
    /** Room at the top of a server for its name and address. */
    public static final double HEADER = 56;
    public static final double PADDING = 16;
    public static final double GAP = 12;

    private ServerGrid() {
    }

    /** The columns a server of {@code width} has room for (one at least). */
    static int columnsIn(double width) {
        return Math.max(1, (int) Math.floor((width - 2 * PADDING + GAP) / (CARD_WIDTH + GAP)));
    }

    /** The grid cell at (column, row) of a server whose top-left corner is (x, y). */
    public static Bounds cell(double x, double y, int column, int row) {
        return new Bounds(x + PADDING + column * (CARD_WIDTH + GAP), y + HEADER + row * (CARD_HEIGHT + GAP),
                CARD_WIDTH, CARD_HEIGHT);
    }

    /**
     * The free cell of {@code server} nearest to (wantX, wantY) for a new card, in the columns its width has
     * room for: a full server grows a row downwards, never sideways over the server beside it.
     */
    public static Bounds freeCell(Design design, String serverId, double wantX, double wantY) {
        Component server = design.component(serverId).orElseThrow();
        List<Component> hosted = design.hostedOn(serverId);
        Bounds sb = server.bounds();
        int columns = columnsIn(sb.width());
        int rows = hosted.size() / columns + 2;
        Bounds best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int row = 0; row < rows + hosted.size(); row++) {
            for (int column = 0; column < columns; column++) {
                Bounds c = cell(sb.x(), sb.y(), column, row);
                if (hosted.stream().anyMatch(h -> h.bounds().overlaps(c))) {
                    continue;
                }
                double dx = c.centerX() - wantX;
                double dy = c.centerY() - wantY;
                // Rows further down cost more than columns, so the block fills before it grows.
                double distance = dx * dx + dy * dy + row * 1e7;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            if (best != null && row >= rows) {
                break;
            }
        }
        if (best == null) {
            double below = hosted.stream().mapToDouble(h -> h.bounds().maxY()).max().orElse(sb.y() + HEADER);
            best = new Bounds(sb.x() + PADDING, below + GAP, CARD_WIDTH, CARD_HEIGHT);
        }
        return best;
    }

    /** The first free cell of {@code server}, reading order: where a fix or a palette click puts a card. */
    public static Bounds firstFreeCell(Design design, String serverId) {
        Bounds sb = design.component(serverId).orElseThrow().bounds();
        return freeCell(design, serverId, sb.x(), sb.y());
    }

    /**
     * The bounds {@code server} needs for {@code hosted}: its corner stays, it reaches every card with padding,
     * and it is never smaller than a new server. It shrinks when cards have left; cards left or above its
     * corner move the corner.
     */
    public static Bounds fitted(Bounds server, List<Bounds> hosted) {
        double minX = server.x();
        double minY = server.y();
        double maxX = server.x() + SERVER_WIDTH;
        double maxY = server.y() + SERVER_HEIGHT;
        for (Bounds cb : hosted) {
            minX = Math.min(minX, cb.x() - PADDING);
            minY = Math.min(minY, cb.y() - HEADER);
            maxX = Math.max(maxX, cb.maxX() + PADDING);
            maxY = Math.max(maxY, cb.maxY() + PADDING);
        }
        return new Bounds(minX, minY, Math.max(SERVER_WIDTH, maxX - minX), Math.max(SERVER_HEIGHT, maxY - minY));
    }

    /**
     * Tidy Up's arrangement of a server's cards, relative to its corner: one column per tier (web, then the
     * application and its code, then databases), cards of a tier stacked in their column in their current
     * top-to-bottom order. Returns each card's offset and, under the key "", the server's size.
     */
    public static Map<String, double[]> byTier(List<Component> hosted) {
        TreeMap<Integer, List<Component>> columns = new TreeMap<>();
        for (Component c : hosted) {
            columns.computeIfAbsent(c.kind().column(), k -> new ArrayList<>()).add(c);
        }
        Map<String, double[]> offsets = new LinkedHashMap<>();
        int column = 0;
        int rows = 0;
        for (List<Component> tier : columns.values()) {
            tier.sort(Comparator.comparingDouble((Component c) -> c.bounds().y()).thenComparingDouble(c -> c.bounds().x()));
            for (int row = 0; row < tier.size(); row++) {
                Bounds cell = cell(0, 0, column, row);
                offsets.put(tier.get(row).id(), new double[] {cell.x(), cell.y(), cell.width(), cell.height()});
            }
            rows = Math.max(rows, tier.size());
            column++;
        }
        double width = Math.max(SERVER_WIDTH, 2 * PADDING + column * (CARD_WIDTH + GAP) - (column > 0 ? GAP : 0));
        double height = Math.max(SERVER_HEIGHT, HEADER + PADDING + rows * (CARD_HEIGHT + GAP) - (rows > 0 ? GAP : 0));
        offsets.put("", new double[] {0, 0, width, height});
        return offsets;
    }
}
