package dev.infradesigner.cli;

import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.availability.Estimate;
import java.util.Locale;

/** A design's availability in the words of the text report: the figures, then what drives the downtime. */
final class AvailabilityText {

    private static final int NAMED = 3;

    /** What the report says of a design with more parts than it works out today. */
    static final String TOO_LARGE = "availability: not worked out for a design of more than "
            + DesignAvailability.REPORTED_PARTS + " parts on users' paths yet (docs/availability.md)";

    private AvailabilityText() {
    }

    static String of(DesignAvailability a) {
        StringBuilder out = new StringBuilder("availability (docs/availability.md)\n");
        out.append("  reads   ").append(figure(a.reads())).append('\n');
        if (a.writes() != null) {
            out.append("  writes  ").append(figure(a.writes())).append('\n');
        }
        if (!a.contributors().isEmpty()) {
            out.append("  most of the downtime: ");
            for (int i = 0; i < Math.min(NAMED, a.contributors().size()); i++) {
                DesignAvailability.Contributor c = a.contributors().get(i);
                out.append(i == 0 ? "" : ", ").append(c.name()).append(" ")
                        .append(String.format(Locale.ROOT, "%.0f%%", c.share() * 100));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** "99.4455%, 48.6 hours a year down", with the bounds when the figure is not exact. */
    static String figure(Estimate e) {
        String value = percent(e.value()) + ", " + hours(e.downtimeHoursPerYear()) + " a year down";
        return e.exact() ? value : value + " (between " + percent(e.lower()) + " and " + percent(e.upper()) + ")";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.4f%%", share * 100);
    }

    private static String hours(double hours) {
        return hours >= 1 ? String.format(Locale.ROOT, "%.1f hours", hours)
                : String.format(Locale.ROOT, "%.0f minutes", hours * 60);
    }
}
