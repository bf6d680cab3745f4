package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.CodeBaseSettings;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.FirewallSettings;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.Suppression;
import dev.infradesigner.model.WebServerSettings;
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

    private static void settings(JsonGenerator g, Settings settings) throws IOException {
        switch (settings.kind()) {
            case USERS -> {
                // users have no settings
            }
            case DNS -> {
                DnsSettings d = (DnsSettings) settings;
                g.writeStringField("domain", d.domain());
                choice(g, "recordType", d.recordType());
                optional(g, "target", d.target());
            }
            case SERVER -> {
                ServerSettings s = (ServerSettings) settings;
                g.writeStringField("hostname", s.hostname());
                g.writeStringField("ipAddress", s.ipAddress());
                g.writeStringField("adminSource", s.adminSource());
            }
            case LOAD_BALANCER -> {
                LoadBalancerSettings lb = (LoadBalancerSettings) settings;
                choice(g, "algorithm", lb.algorithm());
                choice(g, "mode", lb.mode());
                choice(g, "redundancy", lb.redundancy());
                listeners(g, lb.listeners());
                optional(g, "certificate", lb.certificate());
                g.writeBooleanField("redirectHttps", lb.redirectHttps());
                healthCheck(g, lb.healthCheck());
                optional(g, "floatingIp", lb.floatingIp());
            }
            case WEB_SERVER -> {
                WebServerSettings w = (WebServerSettings) settings;
                g.writeStringField("serverName", w.serverName());
                listeners(g, w.listeners());
                optional(g, "certificate", w.certificate());
                g.writeBooleanField("redirectHttps", w.redirectHttps());
                g.writeStringField("staticRoot", w.staticRoot());
            }
            case APP_SERVER -> {
                AppServerSettings a = (AppServerSettings) settings;
                g.writeStringField("runtime", a.runtime());
                g.writeNumberField("port", a.port());
                g.writeNumberField("timeoutSeconds", a.timeoutSeconds());
            }
            case CODE_BASE -> {
                CodeBaseSettings cb = (CodeBaseSettings) settings;
                g.writeStringField("version", cb.version());
                g.writeStringField("path", cb.path());
            }
            case DATABASE -> {
                DatabaseSettings db = (DatabaseSettings) settings;
                g.writeStringField("engine", db.engine());
                choice(g, "role", db.role());
                optional(g, "replicationSource", db.replicationSource());
                g.writeNumberField("port", db.port());
            }
            case FIREWALL -> firewallRules(g, ((FirewallSettings) settings).rules());
            case MONITORING_SERVICE -> {
                MonitoringServiceSettings ms = (MonitoringServiceSettings) settings;
                choice(g, "product", ms.product());
                g.writeNumberField("port", ms.port());
            }
            case MONITORING_AGENT -> {
                MonitoringAgentSettings ma = (MonitoringAgentSettings) settings;
                g.writeStringField("agent", ma.agent());
                g.writeNumberField("port", ma.port());
            }
        }
    }

    private static void listeners(JsonGenerator g, List<Listener> listeners) throws IOException {
        g.writeArrayFieldStart("listeners");
        for (Listener l : listeners) {
            g.writeStartObject();
            g.writeNumberField("port", l.port());
            choice(g, "protocol", l.protocol());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void healthCheck(JsonGenerator g, HealthCheck check) throws IOException {
        g.writeObjectFieldStart("healthCheck");
        g.writeBooleanField("enabled", check.enabled());
        g.writeStringField("path", check.path());
        g.writeNumberField("intervalSeconds", check.intervalSeconds());
        g.writeEndObject();
    }

    private static void firewallRules(JsonGenerator g, List<FirewallRule> rules) throws IOException {
        g.writeArrayFieldStart("rules");
        for (FirewallRule r : rules) {
            g.writeStartObject();
            if (r.port() == null) {
                g.writeStringField("port", "any");
            } else {
                g.writeNumberField("port", r.port());
            }
            choice(g, "transport", r.transport());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void link(JsonGenerator g, Link l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("from", l.from());
        g.writeStringField("to", l.to());
        choice(g, "protocol", l.protocol());
        g.writeNumberField("port", l.port());
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

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
