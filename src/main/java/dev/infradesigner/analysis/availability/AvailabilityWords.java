package dev.infradesigner.analysis.availability;

import java.util.Locale;

/** A design's availability in words, the same in the app and the reports: "99.4455%, 48.6 hours a year down". */
public final class AvailabilityWords {

    private AvailabilityWords() {
    }

    /** A share as a percentage with four decimals: "99.4455%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.4f%%", share * 100);
    }

    /** "99.4455%, 48.6 hours a year down", with the bounds when the figure is not exact. */
    public static String figure(Estimate e) {
        String value = percent(e.value()) + ", " + hours(e.downtimeHoursPerYear()) + " a year down";
        return e.exact() ? value : value + " (between " + percent(e.lower()) + " and " + percent(e.upper()) + ")";
    }

    /** "Server 1 90%, HAProxy on Server 1 9%": the first {@code count} contributors, or "" when none. */
    public static String mostDowntime(DesignAvailability a, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(count, a.contributors().size()); i++) {
            DesignAvailability.Contributor c = a.contributors().get(i);
            out.append(i == 0 ? "" : ", ").append(c.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f%%", c.share() * 100));
        }
        return out.toString();
    }

    /** "8.8 hours", or "26 minutes" under an hour. */
    public static String hours(double hours) {
        return hours >= 1 ? String.format(Locale.ROOT, "%.1f hours", hours)
                : String.format(Locale.ROOT, "%.0f minutes", hours * 60);
    }
}
