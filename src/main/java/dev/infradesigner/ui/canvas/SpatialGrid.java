package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which elements lie where, in square cells of canvas space, so that culling to the view costs what the
 * view holds rather than what the design holds: panning over a design of thousands of components looks at
 * a few cells, not at every component and link. Answers are candidates (a superset); the caller tests the
 * exact geometry.
 *
 * <p>A box goes into every cell it overlaps. A segment goes into the cells along it (sampled at a quarter of
 * a cell), and a query widens its cells by one on each side, so a segment that crosses the queried area is
 * always among the candidates. Segments longer than {@link #MAX_CELLS} cells are kept aside and always
 * returned: there are few, and indexing them would cost more than checking them.
 */
final class SpatialGrid {

    static final double CELL = 512;
    private static final int MAX_CELLS = 256;

    private final Map<Long, Set<String>> cells = new HashMap<>();
    private final Set<String> everywhere = new HashSet<>();

    /** Puts {@code id} in the cells that {@code box} overlaps. */
    void addBox(String id, Bounds box) {
        forBox(box, 0, key -> cells.computeIfAbsent(key, k -> new HashSet<>(8)).add(id));
    }

    void removeBox(String id, Bounds box) {
        forBox(box, 0, key -> removeFrom(key, id));
    }

    /** Puts {@code id} in the cells along the segment from (x0, y0) to (x1, y1). */
    void addSegment(String id, double x0, double y0, double x1, double y1) {
        if (!forSegment(x0, y0, x1, y1, key -> cells.computeIfAbsent(key, k -> new HashSet<>(8)).add(id))) {
            everywhere.add(id);
        }
    }

    void removeSegment(String id, double x0, double y0, double x1, double y1) {
        if (!forSegment(x0, y0, x1, y1, key -> removeFrom(key, id))) {
            everywhere.remove(id);
        }
    }

    /** The ids that may lie in {@code area} (every id when {@code area} is {@code null}). */
    Set<String> candidates(Bounds area) {
        Set<String> found = new HashSet<>(everywhere);
        if (area == null) {
            cells.values().forEach(found::addAll);
            return found;
        }
        long columns = (long) Math.floor(area.maxX() / CELL) - (long) Math.floor(area.x() / CELL) + 3;
        long rows = (long) Math.floor(area.maxY() / CELL) - (long) Math.floor(area.y() / CELL) + 3;
        if (columns * rows > cells.size()) {
            // The area covers more cells than hold anything: walking the filled cells is cheaper.
            int minCol = column(area.x()) - 1;
            int maxCol = column(area.maxX()) + 1;
            int minRow = column(area.y()) - 1;
            int maxRow = column(area.maxY()) + 1;
            cells.forEach((key, ids) -> {
                int col = (int) (key >> 32);
                int row = (int) (long) key;
                if (col >= minCol && col <= maxCol && row >= minRow && row <= maxRow) {
                    found.addAll(ids);
                }
            });
            return found;
        }
        forBox(area, 1, key -> {
            Set<String> ids = cells.get(key);
            if (ids != null) {
                found.addAll(ids);
            }
        });
        return found;
    }

    private void removeFrom(long key, String id) {
        Set<String> ids = cells.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            cells.remove(key);
        }
    }

    private static void forBox(Bounds box, int widen, java.util.function.LongConsumer action) {
        int minCol = column(box.x()) - widen;
        int maxCol = column(box.maxX()) + widen;
        int minRow = column(box.y()) - widen;
        int maxRow = column(box.maxY()) + widen;
        for (int col = minCol; col <= maxCol; col++) {
            for (int row = minRow; row <= maxRow; row++) {
                action.accept(key(col, row));
            }
        }
    }

    /** Visits the cells along a segment; {@code false} (and no visit) when it is too long to index. */
    private static boolean forSegment(double x0, double y0, double x1, double y1, java.util.function.LongConsumer action) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length / CELL > MAX_CELLS) {
            return false;
        }
        int steps = (int) Math.ceil(length / (CELL / 4));
        long last = Long.MIN_VALUE;
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double t = steps == 0 ? 0 : (double) i / steps;
            long key = key(column(x0 + (x1 - x0) * t), column(y0 + (y1 - y0) * t));
            if (key != last) {
                seen.add(key);
                last = key;
            }
        }
        seen.stream().distinct().forEach(action::accept);
        return true;
    }

    private static int column(double coordinate) {
        return (int) Math.floor(coordinate / CELL);
    }

    private static long key(int col, int row) {
        return ((long) col << 32) | (row & 0xffffffffL);
    }

    /** For tests: how many cells hold something. */
    int cellCount() {
        return cells.size();
    }
}
