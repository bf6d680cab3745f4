package dev.infradesigner.model;

/**
 * How a load balancer decides that a backend is alive. Without one, it keeps sending requests to a dead
 * server, which is why the audit flags its absence.
 *
 * @param enabled         whether backends are checked at all
 * @param path            the HTTP path to request (HTTP mode), for example {@code /health}
 * @param intervalSeconds seconds between two checks, 1-3600
 */
public record HealthCheck(boolean enabled, String path, int intervalSeconds) {

    public static final HealthCheck DEFAULT = new HealthCheck(true, "/", 2);
    public static final HealthCheck NONE = new HealthCheck(false, "/", 2);

    public HealthCheck {
        Checks.absolutePath("path", path);
        if (intervalSeconds < 1 || intervalSeconds > 3600) {
            throw InvalidDesignException.of("intervalSeconds", intervalSeconds
                    + " is not an interval (1-3600 seconds)");
        }
    }

    static HealthCheck read(SettingsSource in) {
        boolean enabled = in.bool("enabled", DEFAULT.enabled());
        String path = in.text("path", DEFAULT.path());
        int interval = in.integer("intervalSeconds", DEFAULT.intervalSeconds());
        return in.build(() -> new HealthCheck(enabled, path, interval));
    }

    void write(SettingsSink out) {
        out.bool("enabled", enabled);
        out.text("path", path);
        out.number("intervalSeconds", intervalSeconds);
    }
}
