package dev.infradesigner.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grid never misses what lies in an area (it may return more), and forgets what is removed. */
class SpatialGridTest {

    @Test
    void boxesAreFoundInEveryAreaTheyOverlapAndOnlyNearThem() {
        SpatialGrid grid = new SpatialGrid();
        grid.addBox("a", new Bounds(100, 100, 168, 56));
        grid.addBox("far", new Bounds(50_000, -50_000, 168, 56));
        Set<String> near = grid.candidates(new Bounds(0, 0, 300, 300));
        assertTrue(near.contains("a"));
        assertTrue(!near.contains("far"), "a box 50,000 units away is not a candidate");
        grid.removeBox("a", new Bounds(100, 100, 168, 56));
        assertTrue(!grid.candidates(new Bounds(0, 0, 300, 300)).contains("a"));
        assertEquals(1, grid.cellCount(), "emptied cells are dropped");
    }

    @Test
    void aSegmentIsACandidateWhereverItCrossesTheArea() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double x0 = random.nextDouble(-20_000, 20_000);
            double y0 = random.nextDouble(-20_000, 20_000);
            double x1 = x0 + random.nextGaussian() * 5_000;
            double y1 = y0 + random.nextGaussian() * 5_000;
            Bounds area = new Bounds(random.nextDouble(-20_000, 20_000), random.nextDouble(-20_000, 20_000),
                    random.nextDouble(1, 3_000), random.nextDouble(1, 3_000));
            SpatialGrid grid = new SpatialGrid();
            grid.addSegment("s", x0, y0, x1, y1);
            if (crosses(x0, y0, x1, y1, area)) {
                assertTrue(grid.candidates(area).contains("s"), "seed 7, case " + i + " missed");
            }
            grid.removeSegment("s", x0, y0, x1, y1);
            assertEquals(0, grid.cellCount(), "case " + i + " left cells behind");
        }
    }

    @Test
    void segmentsTooLongToIndexAreAlwaysCandidates() {
        SpatialGrid grid = new SpatialGrid();
        grid.addSegment("long", -999_000, 0, 999_000, 10);
        assertTrue(grid.candidates(new Bounds(500_000, -500_000, 10, 10)).contains("long"));
        grid.removeSegment("long", -999_000, 0, 999_000, 10);
        assertTrue(grid.candidates(new Bounds(0, 0, 10, 10)).isEmpty());
    }

    @Test
    void aHugeAreaWalksTheFilledCellsInsteadOfTheEmptyOnes() {
        SpatialGrid grid = new SpatialGrid();
        grid.addBox("a", new Bounds(-900_000, -900_000, 10, 10));
        grid.addBox("b", new Bounds(-20_000, -20_000, 10, 10));
        grid.addBox("c", new Bounds(900_000, 900_000, 10, 10));
        assertEquals(Set.of("a", "b"), grid.candidates(new Bounds(-1_000_000, -1_000_000, 1_000_000, 1_000_000)));
        assertEquals(Set.of("c"), grid.candidates(new Bounds(0, 0, 1_000_000, 1_000_000)));
    }

    /** Exact test by sampling finely (slow but obviously right). */
    private static boolean crosses(double x0, double y0, double x1, double y1, Bounds area) {
        int n = 4000;
        for (int i = 0; i <= n; i++) {
            double x = x0 + (x1 - x0) * i / n;
            double y = y0 + (y1 - y0) * i / n;
            if (x >= area.x() && x <= area.maxX() && y >= area.y() && y <= area.maxY()) {
                return true;
            }
        }
        return false;
    }
}
