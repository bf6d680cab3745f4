package dev.infradesigner.analysis.availability;

import java.util.PriorityQueue;

/**
 * The availability of a coherent system by factoring (pivotal decomposition): split on one part at a time,
 * up or down, and stop splitting a branch as soon as its fate is known whatever the undecided parts do.
 * With the undecided parts all up and the system still failing, the branch fails; with them all down and
 * the system still working, it works. Branches are taken most probable first, so when the budget of
 * searches runs out, what is left undecided is the least probable part of the state space, and its
 * probability is the stated error: the result is a pair of bounds that hold for certain, equal when the
 * calculation finished.
 *
 * <p>A branch that is split needs one search per child: the child with the part up has the same "all
 * undecided up" state as its parent (it works), the child with it down the same "all undecided down" state
 * (it fails), so each child asks only the other question.
 */
public final class Factoring {

    private Factoring() {
    }

    /** A branch: the parts decided so far (the first {@code depth} of the order), and its probability. */
    private record Branch(boolean[] down, int depth, double probability, boolean knownUpWorks,
            boolean knownDownFails) {
    }

    /**
     * The availability of {@code system}, splitting on parts in index order, with at most {@code budget}
     * searches; it stops early once the bounds are closer than {@code tolerance}.
     */
    public static Estimate solve(StructureFunction system, long budget, double tolerance) {
        int n = system.size();
        PriorityQueue<Branch> open = new PriorityQueue<>((a, b) -> Double.compare(b.probability(), a.probability()));
        open.add(new Branch(new boolean[n], 0, 1, false, false));
        double works = 0;
        double fails = 0;
        long searches = 0;
        boolean[] scratch = new boolean[n];
        while (!open.isEmpty() && searches < budget && 1 - fails - works > tolerance) {
            Branch b = open.poll();
            boolean upWorks = b.knownUpWorks();
            if (!upWorks) {
                searches++;
                upWorks = system.works(b.down());
            }
            if (!upWorks) {
                fails += b.probability();
                continue;
            }
            boolean downFails = b.knownDownFails();
            if (!downFails) {
                System.arraycopy(b.down(), 0, scratch, 0, n);
                java.util.Arrays.fill(scratch, b.depth(), n, true);
                searches++;
                downFails = !system.works(scratch);
            }
            if (!downFails) {
                works += b.probability();
                continue;
            }
            // Some undecided part matters: split on the next one.
            int part = b.depth();
            double a = system.availability(part);
            boolean[] down = b.down().clone();
            down[part] = true;
            // A part that is never down (or never up) leaves one child of no probability: not worth a search.
            if (a > 0) {
                open.add(new Branch(b.down(), part + 1, b.probability() * a, true, false));
            }
            if (a < 1) {
                open.add(new Branch(down, part + 1, b.probability() * (1 - a), false, true));
            }
        }
        boolean exact = open.isEmpty();
        return new Estimate(works, exact ? works : 1 - fails, exact, searches);
    }
}
