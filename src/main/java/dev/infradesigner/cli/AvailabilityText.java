package dev.infradesigner.cli;

import dev.infradesigner.analysis.availability.AvailabilityWords;
import dev.infradesigner.analysis.availability.DesignAvailability;

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
        out.append("  reads   ").append(AvailabilityWords.figure(a.reads())).append('\n');
        if (a.writes() != null) {
            out.append("  writes  ").append(AvailabilityWords.figure(a.writes())).append('\n');
        }
        if (!a.contributors().isEmpty()) {
            out.append("  most of the downtime: ").append(AvailabilityWords.mostDowntime(a, NAMED)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
