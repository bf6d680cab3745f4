package dev.infradesigner.model;

/**
 * A router: joins switches to each other and the design to its internet uplinks.
 *
 * @param edge whether it is an edge router, the one an uplink plugs into
 * @param nat  whether it translates the design's private addresses for the internet
 */
public record RouterSettings(boolean edge, boolean nat) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/router}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "edge": {
                  "type": "boolean"
                },
                "nat": {
                  "type": "boolean"
                }
              }
            }
            """;

    public static final RouterSettings DEFAULT = new RouterSettings(true, false);

    @Override
    public ComponentKind kind() {
        return ComponentKind.ROUTER;
    }

    static RouterSettings read(SettingsSource in) {
        boolean edge = in.bool("edge", DEFAULT.edge());
        boolean nat = in.bool("nat", DEFAULT.nat());
        return in.build(() -> new RouterSettings(edge, nat));
    }

    @Override
    public void write(SettingsSink out) {
        out.bool("edge", edge);
        out.bool("nat", nat);
    }
}
