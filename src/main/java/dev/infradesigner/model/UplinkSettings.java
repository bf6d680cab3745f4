package dev.infradesigner.model;

/**
 * An internet connection: users reach the design only through one, so a design with a single uplink has
 * a single point of failure however redundant the rest is.
 *
 * @param provider      who provides it, so two uplinks can be seen to come from different providers
 * @param bandwidthMbps its bandwidth in megabits per second
 */
public record UplinkSettings(String provider, int bandwidthMbps) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/uplink}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "provider": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 80,
                  "pattern": "^[^\\\\u0000-\\\\u001F\\\\u007F-\\\\u009F]*$"
                },
                "bandwidthMbps": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 10000000
                }
              }
            }
            """;

    public static final UplinkSettings DEFAULT = new UplinkSettings("ISP A", 1000);

    public UplinkSettings {
        Checks.text("provider", provider, 80);
        Checks.range("bandwidthMbps", bandwidthMbps, 1, 10_000_000);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.UPLINK;
    }

    static UplinkSettings read(SettingsSource in) {
        String provider = in.text("provider", DEFAULT.provider());
        int bandwidth = in.integer("bandwidthMbps", DEFAULT.bandwidthMbps());
        return in.build(() -> new UplinkSettings(provider, bandwidth));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("provider", provider);
        out.number("bandwidthMbps", bandwidthMbps);
    }
}
