package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.FreeSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The smallest straight move (left, right, up or down) that takes a block off everything it covers, a
 * {@link FreeSpace#GAP} clear of it. Why not {@link FreeSpace}: that puts a new copy beside its original,
 * always to the right or below; a block tidied in place should stay as near its place as it can, and a
 * server that grew by a column is better a little to the left than a screen to the right.
 */
final class NearestFree {

    private NearestFree() {
    }

    /**
     * How far to move {@code block} (dx, dy) so it overlaps none of {@code taken}: (0, 0) when it overlaps
     * nothing now. Each candidate lines the block up just past a side of something in the way, on one axis;
     * moving below the lowest thing always frees it, so there is always an answer.
     */
    static double[] offset(Bounds block, List<Bounds> taken) {
        if (taken.stream().noneMatch(block::overlaps)) {
            return new double[] {0, 0};
        }
        double gap = FreeSpace.GAP;
        List<double[]> moves = new ArrayList<>();
        for (Bounds o : taken) {
            moves.add(new double[] {o.maxX() + gap - block.x(), 0});
            moves.add(new double[] {o.x() - gap - block.maxX(), 0});
            moves.add(new double[] {0, o.maxY() + gap - block.y()});
            moves.add(new double[] {0, o.y() - gap - block.maxY()});
        }
        moves.sort(Comparator.comparingDouble(m -> Math.abs(m[0]) + Math.abs(m[1])));
        for (double[] m : moves) {
            Bounds moved = block.moved(m[0], m[1]);
            Bounds withGap = new Bounds(moved.x() - gap / 2, moved.y() - gap / 2, moved.width() + gap,
                    moved.height() + gap);
            if (taken.stream().noneMatch(withGap::overlaps)) {
                return m;
            }
        }
        double lowest = taken.stream().mapToDouble(Bounds::maxY).max().orElse(block.y());
        return new double[] {0, lowest + gap - block.y()};
    }
}
