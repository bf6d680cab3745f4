package dev.infradesigner.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The engine on the reliability textbook's systems, against their closed forms: parallel, series, 2-of-3
 * and the bridge network; and its bounds when stopped early, against exact enumeration.
 */
class FactoringTest {

    private static StructureFunction system(double[] up, Predicate<boolean[]> works) {
        return new StructureFunction() {
            @Override
            public int size() {
                return up.length;
            }

            @Override
            public double availability(int i) {
                return up[i];
            }

            @Override
            public boolean works(boolean[] down) {
                return works.test(down);
            }
        };
    }

    private static Estimate exact(StructureFunction s) {
        Estimate e = Factoring.solve(s, Long.MAX_VALUE, 0);
        assertTrue(e.exact(), e.toString());
        assertEquals(e.lower(), e.upper(), 1e-15);
        return e;
    }

    @Test
    void twoInParallel() {
        double a = 0.995;
        assertEquals(1 - Math.pow(1 - a, 2), exact(system(new double[] {a, a}, d -> !d[0] || !d[1])).value(), 1e-15);
    }

    @Test
    void threeInSeries() {
        double[] up = {0.99, 0.995, 0.9999};
        assertEquals(0.99 * 0.995 * 0.9999, exact(system(up, d -> !d[0] && !d[1] && !d[2])).value(), 1e-15);
    }

    @Test
    void twoOutOfThree() {
        double a = 0.9;
        StructureFunction s = system(new double[] {a, a, a}, d -> (d[0] ? 0 : 1) + (d[1] ? 0 : 1) + (d[2] ? 0 : 1) >= 2);
        assertEquals(3 * a * a - 2 * a * a * a, exact(s).value(), 1e-15);
    }

    @Test
    void theBridgeNetwork() {
        // s -1- x -4- t, s -2- y -5- t, and 3 between x and y: works when one of the four paths is up.
        double[] up = {0.9, 0.8, 0.7, 0.85, 0.95};
        StructureFunction s = system(up, d -> !d[0] && !d[3] || !d[1] && !d[4] || !d[0] && !d[2] && !d[4]
                || !d[1] && !d[2] && !d[3]);
        // Pivotal decomposition on the bridge (3), by hand: with it up, (1 or 2) in series with (4 or 5);
        // with it down, (1 and 4) in parallel with (2 and 5).
        double[] a = up;
        double bridgeUp = (1 - (1 - a[0]) * (1 - a[1])) * (1 - (1 - a[3]) * (1 - a[4]));
        double bridgeDown = 1 - (1 - a[0] * a[3]) * (1 - a[1] * a[4]);
        assertEquals(a[2] * bridgeUp + (1 - a[2]) * bridgeDown, exact(s).value(), 1e-15);
    }

    @Test
    void aSystemThatNeverWorksOrAlwaysWorks() {
        assertEquals(0, exact(system(new double[] {0.9}, d -> false)).value());
        assertEquals(1, exact(system(new double[] {0.9}, d -> true)).value());
        assertEquals(1, exact(system(new double[0], d -> true)).value());
    }

    @Test
    void stoppedEarlyTheBoundsHoldTheExactValue() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 3 + r.nextInt(10);
            double[] up = new double[n];
            for (int i = 0; i < n; i++) {
                up[i] = 0.5 + r.nextDouble() / 2;
            }
            // k of n, with a random k: coherent, and every part matters.
            int k = 1 + r.nextInt(n);
            StructureFunction s = system(up, d -> {
                int working = 0;
                for (boolean x : d) {
                    working += x ? 0 : 1;
                }
                return working >= k;
            });
            double truth = enumerate(s);
            assertEquals(truth, exact(s).value(), 1e-12, "k=" + k + " n=" + n);
            Estimate early = Factoring.solve(s, 1 + r.nextInt(20), 0);
            assertTrue(early.lower() <= truth + 1e-12 && truth <= early.upper() + 1e-12,
                    early + " should hold " + truth);
            if (!early.exact()) {
                assertFalse(early.upper() - early.lower() < 0);
            }
        }
    }

    /** Every state, weighed: the definition of availability, run literally. */
    private static double enumerate(StructureFunction s) {
        int n = s.size();
        double total = 0;
        for (int state = 0; state < 1 << n; state++) {
            boolean[] down = new boolean[n];
            double p = 1;
            for (int i = 0; i < n; i++) {
                down[i] = (state >> i & 1) == 1;
                p *= down[i] ? 1 - s.availability(i) : s.availability(i);
            }
            if (s.works(down)) {
                total += p;
            }
        }
        return total;
    }
}
