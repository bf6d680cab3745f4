package dev.infradesigner.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.infradesigner.model.Bounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A block in the way moves the shortest way off what it covers, with the usual gap, and not at all when free. */
class NearestFreeTest {

    @Test
    void aBlockOverlappingAlittleMovesBackTheShortWay() {
        List<Bounds> taken = List.of(new Bounds(100, 0, 100, 50));
        // 20 over the card's left side: 60 to the left (gap 40) beats 240 right, 90 up and 90 down.
        assertArrayEquals(new double[] {-60, 0}, NearestFree.offset(new Bounds(0, 0, 120, 50), taken), 1e-9);
        assertArrayEquals(new double[] {0, 0}, NearestFree.offset(new Bounds(0, 100, 120, 50), taken), 1e-9);
    }

    @Test
    void aMoveThatWouldLandOnAnotherCardIsPassedOver() {
        // Left is blocked by a second card, so the block goes down instead.
        List<Bounds> taken = List.of(new Bounds(100, 0, 100, 50), new Bounds(-150, 0, 100, 50));
        double[] move = NearestFree.offset(new Bounds(0, 0, 120, 50), taken);
        assertArrayEquals(new double[] {0, 90}, move, 1e-9);
    }
}
