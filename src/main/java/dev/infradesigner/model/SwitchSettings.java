package dev.infradesigner.model;

/**
 * A network switch: servers attach to it, and it to other switches and routers. Its loss cuts every server
 * that reaches the others only through it.
 *
 * @param ports how many ports it has, for the drawing's reader (the audit does not count them)
 */
public record SwitchSettings(int ports) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/switch}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "ports": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 1024
                }
              }
            }
            """;

    public static final SwitchSettings DEFAULT = new SwitchSettings(48);

    public SwitchSettings {
        Checks.range("ports", ports, 1, 1024);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.SWITCH;
    }

    static SwitchSettings read(SettingsSource in) {
        int ports = in.integer("ports", DEFAULT.ports());
        return in.build(() -> new SwitchSettings(ports));
    }

    @Override
    public void write(SettingsSink out) {
        out.number("ports", ports);
    }
}
