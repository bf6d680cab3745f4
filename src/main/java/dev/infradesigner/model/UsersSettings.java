package dev.infradesigner.model;

/** Users (the internet) have nothing to set: they are where every request comes from. */
public record UsersSettings() implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/users}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {}
            }
            """;

    @Override
    public ComponentKind kind() {
        return ComponentKind.USERS;
    }

    /** Users have no fields; an empty object (or none) reads as users. */
    static UsersSettings read(SettingsSource in) {
        return in.build(UsersSettings::new);
    }

    @Override
    public void write(SettingsSink out) {
        // users have no settings
    }
}
