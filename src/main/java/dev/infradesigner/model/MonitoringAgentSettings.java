package dev.infradesigner.model;

/**
 * An agent on a server that ships its metrics and logs to a monitoring service.
 *
 * @param agent the agent, for example {@code node-exporter}
 * @param port  the port it exposes metrics on
 */
public record MonitoringAgentSettings(String agent, int port) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/monitoring-agent}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "agent": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 80,
                  "pattern": "^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F]*$"
                },
                "port": {
                  "$ref": "#/$defs/port"
                }
              }
            }
            """;

    public static final MonitoringAgentSettings DEFAULT = new MonitoringAgentSettings("node-exporter", 9100);

    public MonitoringAgentSettings {
        Checks.text("agent", agent, 80);
        Checks.port("port", port);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.MONITORING_AGENT;
    }

    static MonitoringAgentSettings read(SettingsSource in) {
        String agent = in.text("agent", DEFAULT.agent());
        int port = in.integer("port", DEFAULT.port());
        return in.build(() -> new MonitoringAgentSettings(agent, port));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("agent", agent);
        out.number("port", port);
    }
}
