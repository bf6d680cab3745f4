package dev.infradesigner.model;

/** The monitoring service that collects metrics and logs; the exporters write its agent configuration. */
public enum MonitoringProduct implements Keyed {
    PROMETHEUS("prometheus", 9090),
    DATADOG("datadog", 8126),
    SUMO_LOGIC("sumo-logic", 443);

    private final String key;
    private final int defaultPort;

    MonitoringProduct(String key, int defaultPort) {
        this.key = key;
        this.defaultPort = defaultPort;
    }

    @Override
    public String key() {
        return key;
    }

    /** The port its collector usually listens on. */
    public int defaultPort() {
        return defaultPort;
    }
}
