package dev.infradesigner.model;

/**
 * An application server: what runs the code, the port it answers on, and how long its answer may take.
 *
 * @param runtime        the runtime or server, for example {@code gunicorn} or {@code node}
 * @param port           the port web servers forward to
 * @param timeoutSeconds how long a request may wait for this application's answer (1-3600 s) before the
 *                       web server counts it as failed and tries another application server. Nginx learns
 *                       that an application server stopped answering only this way, so this is also how
 *                       long a stalled one stays in rotation: keep it short, and raise it only for an
 *                       application whose requests really take longer
 */
public record AppServerSettings(String runtime, int port, int timeoutSeconds) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/app-server}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "runtime": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 80,
                  "pattern": "^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F]*$"
                },
                "port": {
                  "$ref": "#/$defs/port"
                },
                "timeoutSeconds": {
                  "description": "How long a request may wait for this application's answer before the web server tries another",
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 3600
                }
              }
            }
            """;

    /** Four seconds: a stalled server leaves rotation within five, and users rarely wait longer anyway. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 4;

    public static final AppServerSettings DEFAULT = new AppServerSettings("gunicorn", 8080, DEFAULT_TIMEOUT_SECONDS);

    public AppServerSettings {
        Checks.text("runtime", runtime, 80);
        Checks.port("port", port);
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw InvalidDesignException.of("timeoutSeconds", timeoutSeconds + " is not a timeout (1-3600 seconds)");
        }
    }

    /** The same application with another runtime and port, keeping the timeout. */
    public AppServerSettings(String runtime, int port) {
        this(runtime, port, DEFAULT_TIMEOUT_SECONDS);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.APP_SERVER;
    }

    static AppServerSettings read(SettingsSource in) {
        String runtime = in.text("runtime", DEFAULT.runtime());
        int port = in.integer("port", DEFAULT.port());
        int timeout = in.integer("timeoutSeconds", DEFAULT.timeoutSeconds());
        return in.build(() -> new AppServerSettings(runtime, port, timeout));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("runtime", runtime);
        out.number("port", port);
        out.number("timeoutSeconds", timeoutSeconds);
    }
}
