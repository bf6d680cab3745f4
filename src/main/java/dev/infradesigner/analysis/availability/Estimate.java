package dev.infradesigner.analysis.availability;

/**
 * An availability, with bounds that hold for certain: the true value lies in {@code [lower, upper]}.
 * When the engine finished the calculation they are equal and {@code exact} is set.
 *
 * @param lower       the probability of the states shown to work
 * @param upper       one minus the probability of the states shown to fail
 * @param exact       whether every state was decided
 * @param evaluations how many times the system was searched
 */
public record Estimate(double lower, double upper, boolean exact, long evaluations) {

    /** The hours in an average year (365.25 days). */
    public static final double HOURS_PER_YEAR = 8766;

    /** The point estimate: the middle of the bounds (the value itself when exact). */
    public double value() {
        return exact ? lower : (lower + upper) / 2;
    }

    /** Half the width of the bounds: how far {@link #value()} can be from the truth. */
    public double error() {
        return (upper - lower) / 2;
    }

    /** The expected hours a year users are cut off. */
    public double downtimeHoursPerYear() {
        return (1 - value()) * HOURS_PER_YEAR;
    }
}
