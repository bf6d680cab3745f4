package dev.infradesigner.model;

/**
 * The service that collects metrics and logs from agents.
 *
 * @param product which service it is
 * @param port    the port agents report to or the collector listens on
 */
public record MonitoringServiceSettings(MonitoringProduct product, int port) implements Settings {

    /** The JSON Schema of these settings in a file ({@code $defs/settings/monitoring-service} of the schema). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "product": {
                  "enum": [
                    "prometheus",
                    "datadog",
                    "sumo-logic"
                  ]
                },
                "port": {
                  "$ref": "#/$defs/port"
                }
              }
            }
            """;

    public static final MonitoringServiceSettings DEFAULT = new MonitoringServiceSettings(
            MonitoringProduct.PROMETHEUS, 9090);

    public MonitoringServiceSettings {
        if (product == null) {
            throw InvalidDesignException.of("product", "is missing");
        }
        Checks.port("port", port);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.MONITORING_SERVICE;
    }

    static MonitoringServiceSettings read(SettingsSource in) {
        MonitoringProduct product = in.choice("product", MonitoringProduct.class, DEFAULT.product());
        int port = in.integer("port", DEFAULT.port());
        return in.build(() -> new MonitoringServiceSettings(product, port));
    }

    @Override
    public void write(SettingsSink out) {
        out.choice("product", product);
        out.number("port", port);
    }
}
