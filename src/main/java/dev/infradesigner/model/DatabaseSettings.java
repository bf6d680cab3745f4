package dev.infradesigner.model;

/**
 * A database node: its engine, whether it is the primary or a replica, and what a replica copies.
 *
 * @param engine            the engine, for example {@code mysql}
 * @param role              primary (takes writes) or replica (copies a source, serves reads)
 * @param replicationSource the id of the database a replica copies, or {@code null}
 * @param port              the port it accepts connections on
 */
public record DatabaseSettings(String engine, DatabaseRole role, String replicationSource, int port)
        implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/database}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "engine": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 40,
                  "pattern": "^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F]*$"
                },
                "role": {
                  "enum": [
                    "primary",
                    "replica"
                  ]
                },
                "replicationSource": {
                  "$ref": "#/$defs/id"
                },
                "port": {
                  "$ref": "#/$defs/port"
                }
              }
            }
            """;

    public static final DatabaseSettings DEFAULT = new DatabaseSettings("mysql", DatabaseRole.PRIMARY, null, 3306);

    public DatabaseSettings {
        Checks.text("engine", engine, 40);
        if (role == null) {
            throw InvalidDesignException.of("role", "is missing");
        }
        if (replicationSource != null) {
            Checks.id("replicationSource", replicationSource);
        }
        Checks.port("port", port);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.DATABASE;
    }

    static DatabaseSettings read(SettingsSource in) {
        String engine = in.text("engine", DEFAULT.engine());
        DatabaseRole role = in.choice("role", DatabaseRole.class, DEFAULT.role());
        String source = in.text("replicationSource");
        int port = in.integer("port", DEFAULT.port());
        return in.build(() -> new DatabaseSettings(engine, role, source, port));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("engine", engine);
        out.choice("role", role);
        out.optionalText("replicationSource", replicationSource);
        out.number("port", port);
    }
}
