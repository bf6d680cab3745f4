package dev.infradesigner.model;

/**
 * The application's files as deployed on a server.
 *
 * @param version the deployed version, for example a tag or commit
 * @param path    where the files are on the server
 */
public record CodeBaseSettings(String version, String path) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/code-base}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "version": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 80,
                  "pattern": "^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F]*$"
                },
                "path": {
                  "$ref": "#/$defs/path"
                }
              }
            }
            """;

    public static final CodeBaseSettings DEFAULT = new CodeBaseSettings("1.0.0", "/srv/app");

    public CodeBaseSettings {
        Checks.text("version", version, 80);
        Checks.absolutePath("path", path);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.CODE_BASE;
    }

    static CodeBaseSettings read(SettingsSource in) {
        String version = in.text("version", DEFAULT.version());
        String path = in.text("path", DEFAULT.path());
        return in.build(() -> new CodeBaseSettings(version, path));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("version", version);
        out.text("path", path);
    }
}
