package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.Suppression;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a design as a {@code .infra} file in one canonical form: keys in a fixed order, components and
 * links in the design's order, two-space indent, {@code \n} line ends and a final newline. The same
 * design always gives the same bytes, so designs diff well in version control and save, load, save is
 * byte-identical.
 */
public final class DesignWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    /** Writes {@code design} to {@code out} (which stays open). */
    public void write(Design design, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FormatVersion.FORMAT);
            g.writeNumberField("version", FormatVersion.CURRENT);
            g.writeStringField("name", design.name());
            // Only when set, so files without a target stay byte for byte as they were.
            if (design.availabilityTarget().isPresent()) {
                g.writeNumberField("availabilityTarget", design.availabilityTarget().get());
            }
            suppressions(g, design.suppressions());
            g.writeArrayFieldStart("components");
            for (Component c : design.components()) {
                component(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (Link l : design.links()) {
                link(g, l);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The bytes of the file for {@code design}. */
    public byte[] toBytes(Design design) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + design.components().size() * 400);
        try {
            write(design, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
    }

    private static void component(JsonGenerator g, Component c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("kind", c.kind().key());
        g.writeStringField("label", c.label());
        if (c.hostId() != null) {
            g.writeStringField("host", c.hostId());
        }
        coordinate(g, "x", c.bounds().x());
        coordinate(g, "y", c.bounds().y());
        coordinate(g, "width", c.bounds().width());
        coordinate(g, "height", c.bounds().height());
        g.writeObjectFieldStart("settings");
        settings(g, c.settings());
        g.writeEndObject();
        suppressions(g, c.suppressions());
        g.writeEndObject();
    }

    /** Writes a suppressions list, or nothing when there is none (so unsuppressed files stay as they were). */
    private static void suppressions(JsonGenerator g, List<Suppression> suppressions) throws IOException {
        if (suppressions.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("suppressions");
        for (Suppression s : suppressions) {
            g.writeStartObject();
            g.writeStringField("rule", s.rule());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void coordinate(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }

    /** The kind's settings write themselves; a failed write comes back as the {@link IOException} it was. */
    private static void settings(JsonGenerator g, Settings settings) throws IOException {
        try {
            settings.write(new JsonSettingsSink(g));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void link(JsonGenerator g, Link l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("from", l.from());
        g.writeStringField("to", l.to());
        choice(g, "protocol", l.protocol());
        if (l.protocol() != Protocol.NETWORK) {
            g.writeNumberField("port", l.port());
        }
        if (l.protocol() == Protocol.MYSQL || l.access() != Access.READ_WRITE) {
            choice(g, "access", l.access());
        }
        if (l.standby()) {
            g.writeBooleanField("standby", true);
        }
        if (!l.waypoints().isEmpty()) {
            // Written only when there are some, so a file without bends is byte for byte what it was.
            g.writeArrayFieldStart("waypoints");
            for (Point p : l.waypoints()) {
                g.writeStartObject();
                coordinate(g, "x", p.x());
                coordinate(g, "y", p.y());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void choice(JsonGenerator g, String field, Keyed value) throws IOException {
        g.writeStringField(field, value.key());
    }
}
