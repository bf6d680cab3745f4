package dev.infradesigner.analysis.availability;

/**
 * A system of independent parts that each fail on their own: whether it works with some of them down. It
 * must be coherent (a part coming back up never breaks the system), as reachability is; {@link Factoring}
 * prunes on that.
 */
public interface StructureFunction {

    /** How many parts. */
    int size();

    /** The probability that part {@code i} is up. */
    double availability(int i);

    /** Whether the system works with the parts marked in {@code down} down and every other part up. */
    boolean works(boolean[] down);
}
