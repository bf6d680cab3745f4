package dev.infradesigner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.availability.Estimate;
import java.io.IOException;

/** A design's availability in the JSON report ({@code docs/audit-output.md}, "availability"). */
final class AvailabilityJson {

    private AvailabilityJson() {
    }

    static void write(JsonGenerator g, DesignAvailability a) throws IOException {
        g.writeObjectFieldStart("availability");
        estimate(g, "reads", a.reads());
        if (a.writes() != null) {
            estimate(g, "writes", a.writes());
        }
        g.writeNumberField("parts", a.parts());
        g.writeArrayFieldStart("contributors");
        for (DesignAvailability.Contributor c : a.contributors()) {
            g.writeStartObject();
            g.writeStringField("id", c.component().id());
            g.writeStringField("name", c.name());
            g.writeNumberField("share", c.share());
            g.writeNumberField("hoursPerYear", c.hoursPerYear());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("value", e.value());
        g.writeNumberField("lower", e.lower());
        g.writeNumberField("upper", e.upper());
        g.writeBooleanField("exact", e.exact());
        g.writeNumberField("downtimeHoursPerYear", e.downtimeHoursPerYear());
        g.writeEndObject();
    }
}
