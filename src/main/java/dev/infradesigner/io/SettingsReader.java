package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.Algorithm;
import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.CodeBaseSettings;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.FirewallSettings;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.RecordType;
import dev.infradesigner.model.Redundancy;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.Suppression;
import dev.infradesigner.model.Transport;
import dev.infradesigner.model.UsersSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the {@code settings} object of a component, kind by kind. A field that is absent takes the
 * kind's default, so a hand-written file can stay short; a field of the wrong type or an unknown field
 * is a problem with its path.
 */
final class SettingsReader {

    private final ProblemSink problems;

    SettingsReader(ProblemSink problems) {
        this.problems = problems;
    }

    /** The settings of a {@code kind} component, or {@code null} when they have problems (reported). */
    Settings read(ComponentKind kind, JsonNode node, String path) {
        if (node == null) {
            return Settings.defaults(kind);
        }
        JsonFields f = JsonFields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        Settings settings = switch (kind) {
            case USERS -> build(f, UsersSettings::new);
            case DNS -> dns(f);
            case SERVER -> server(f);
            case LOAD_BALANCER -> loadBalancer(f);
            case WEB_SERVER -> webServer(f);
            case APP_SERVER -> appServer(f);
            case CODE_BASE -> codeBase(f);
            case DATABASE -> database(f);
            case FIREWALL -> firewall(f);
            case MONITORING_SERVICE -> monitoringService(f);
            case MONITORING_AGENT -> monitoringAgent(f);
        };
        return settings;
    }

    private Settings dns(JsonFields f) {
        DnsSettings d = DnsSettings.DEFAULT;
        String domain = or(f.text("domain", false), d.domain());
        RecordType type = or(f.choice("recordType", RecordType.class, false), d.recordType());
        String target = f.text("target", false);
        return build(f, () -> new DnsSettings(domain, type, target));
    }

    private Settings server(JsonFields f) {
        ServerSettings d = ServerSettings.DEFAULT;
        String hostname = or(f.text("hostname", false), d.hostname());
        String ip = or(f.text("ipAddress", false), d.ipAddress());
        String admin = or(f.text("adminSource", false), d.adminSource());
        return build(f, () -> new ServerSettings(hostname, ip, admin));
    }

    private Settings loadBalancer(JsonFields f) {
        LoadBalancerSettings d = LoadBalancerSettings.DEFAULT;
        Algorithm algorithm = or(f.choice("algorithm", Algorithm.class, false), d.algorithm());
        BalanceMode mode = or(f.choice("mode", BalanceMode.class, false), d.mode());
        Redundancy redundancy = or(f.choice("redundancy", Redundancy.class, false), d.redundancy());
        List<Listener> listeners = or(listeners(f), d.listeners());
        String certificate = f.text("certificate", false);
        boolean redirect = or(f.bool("redirectHttps", false), d.redirectHttps());
        HealthCheck healthCheck = or(healthCheck(f), d.healthCheck());
        String floatingIp = f.text("floatingIp", false);
        return build(f, () -> new LoadBalancerSettings(algorithm, mode, redundancy, listeners, certificate,
                redirect, healthCheck, floatingIp));
    }

    private Settings webServer(JsonFields f) {
        WebServerSettings d = WebServerSettings.DEFAULT;
        String serverName = or(f.text("serverName", false), d.serverName());
        List<Listener> listeners = or(listeners(f), d.listeners());
        String certificate = f.text("certificate", false);
        boolean redirect = or(f.bool("redirectHttps", false), d.redirectHttps());
        String root = or(f.text("staticRoot", false), d.staticRoot());
        return build(f, () -> new WebServerSettings(serverName, listeners, certificate, redirect, root));
    }

    private Settings appServer(JsonFields f) {
        AppServerSettings d = AppServerSettings.DEFAULT;
        String runtime = or(f.text("runtime", false), d.runtime());
        int port = or(f.integer("port", false), d.port());
        int timeout = or(f.integer("timeoutSeconds", false), d.timeoutSeconds());
        return build(f, () -> new AppServerSettings(runtime, port, timeout));
    }

    private Settings codeBase(JsonFields f) {
        CodeBaseSettings d = CodeBaseSettings.DEFAULT;
        String version = or(f.text("version", false), d.version());
        String path = or(f.text("path", false), d.path());
        return build(f, () -> new CodeBaseSettings(version, path));
    }

    private Settings database(JsonFields f) {
        DatabaseSettings d = DatabaseSettings.DEFAULT;
        String engine = or(f.text("engine", false), d.engine());
        DatabaseRole role = or(f.choice("role", DatabaseRole.class, false), d.role());
        String source = f.text("replicationSource", false);
        int port = or(f.integer("port", false), d.port());
        return build(f, () -> new DatabaseSettings(engine, role, source, port));
    }

    private Settings firewall(JsonFields f) {
        List<FirewallRule> rules = elements(f, "rules", this::firewallRule);
        List<FirewallRule> chosen = rules == null && !f.has("rules") ? FirewallSettings.DEFAULT.rules() : rules;
        return build(f, () -> new FirewallSettings(chosen));
    }

    private Settings monitoringService(JsonFields f) {
        MonitoringServiceSettings d = MonitoringServiceSettings.DEFAULT;
        MonitoringProduct product = or(f.choice("product", MonitoringProduct.class, false), d.product());
        int port = or(f.integer("port", false), d.port());
        return build(f, () -> new MonitoringServiceSettings(product, port));
    }

    private Settings monitoringAgent(JsonFields f) {
        MonitoringAgentSettings d = MonitoringAgentSettings.DEFAULT;
        String agent = or(f.text("agent", false), d.agent());
        int port = or(f.integer("port", false), d.port());
        return build(f, () -> new MonitoringAgentSettings(agent, port));
    }

    private List<Listener> listeners(JsonFields f) {
        return elements(f, "listeners", g -> {
            Integer port = g.integer("port", true);
            Protocol protocol = g.choice("protocol", Protocol.class, true);
            return build(g, () -> new Listener(port, protocol));
        });
    }

    /** The optional {@code suppressions} list of a component or design; empty when absent. */
    List<Suppression> suppressions(JsonFields f) {
        if (!f.has("suppressions")) {
            return List.of();
        }
        return elements(f, "suppressions", g -> {
            String rule = g.text("rule", true);
            String reason = g.text("reason", true);
            return build(g, () -> new Suppression(rule, reason));
        });
    }

    private HealthCheck healthCheck(JsonFields f) {
        JsonNode node = f.raw("healthCheck");
        if (node == null) {
            return null;
        }
        JsonFields g = JsonFields.of(node, f.pathOf("healthCheck"), problems);
        if (g == null) {
            return null;
        }
        HealthCheck d = HealthCheck.DEFAULT;
        boolean enabled = or(g.bool("enabled", false), d.enabled());
        String path = or(g.text("path", false), d.path());
        int interval = or(g.integer("intervalSeconds", false), d.intervalSeconds());
        return build(g, () -> new HealthCheck(enabled, path, interval));
    }

    private FirewallRule firewallRule(JsonFields g) {
        Integer port = null;
        JsonNode raw = g.raw("port");
        if (raw != null && raw.isTextual() && raw.textValue().equals("any")) {
            g.has("port");
        } else {
            port = g.integer("port", true);
            if (port == null) {
                return null;
            }
        }
        Transport transport = or(g.choice("transport", Transport.class, false), Transport.TCP);
        String source = or(g.text("source", false), "any");
        Integer chosenPort = port;
        return build(g, () -> new FirewallRule(chosenPort, transport, source));
    }

    /** Reads each element of an array of objects; {@code null} if absent or if any element has problems. */
    private <T> List<T> elements(JsonFields f, String field, Function<JsonFields, T> reader) {
        List<JsonNode> nodes = f.array(field, false);
        if (nodes == null) {
            return null;
        }
        List<T> values = new ArrayList<>(nodes.size());
        boolean failed = false;
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields g = JsonFields.of(nodes.get(i), f.pathOf(field) + "[" + i + "]", problems);
            T value = g == null ? null : reader.apply(g);
            failed |= value == null;
            values.add(value);
        }
        return failed ? null : values;
    }

    /**
     * Builds a value once its fields are read: reports unknown fields, and if nothing was wrong so far,
     * runs the model's own checks and reports their violations under this object's path.
     */
    static <T> T build(JsonFields f, Supplier<T> constructor) {
        f.rejectUnknown();
        if (f.hasProblems()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (InvalidDesignException e) {
            e.violations().forEach(v -> f.problems().add(v.under(f.path()).path(), v.message()));
            return null;
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
