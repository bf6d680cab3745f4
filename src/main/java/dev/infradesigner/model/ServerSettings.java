package dev.infradesigner.model;

/**
 * A machine that hosts components.
 *
 * @param hostname    its host name (RFC 1123)
 * @param ipAddress   its IPv4 or IPv6 address
 * @param adminSource where administrators connect from over SSH ({@code any}, an address or a network)
 */
public record ServerSettings(String hostname, String ipAddress, String adminSource) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/server}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "hostname": {
                  "type": "string",
                  "maxLength": 253,
                  "pattern": "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\\\.?$"
                },
                "ipAddress": {
                  "$ref": "#/$defs/ip"
                },
                "adminSource": {
                  "$ref": "#/$defs/source"
                }
              }
            }
            """;

    public static final ServerSettings DEFAULT = new ServerSettings("server", "10.0.0.10", "10.0.0.0/8");

    public ServerSettings {
        Checks.hostname("hostname", hostname);
        Checks.ipAddress("ipAddress", ipAddress);
        Checks.source("adminSource", adminSource);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.SERVER;
    }

    static ServerSettings read(SettingsSource in) {
        String hostname = in.text("hostname", DEFAULT.hostname());
        String ip = in.text("ipAddress", DEFAULT.ipAddress());
        String admin = in.text("adminSource", DEFAULT.adminSource());
        return in.build(() -> new ServerSettings(hostname, ip, admin));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("hostname", hostname);
        out.text("ipAddress", ipAddress);
        out.text("adminSource", adminSource);
    }
}
