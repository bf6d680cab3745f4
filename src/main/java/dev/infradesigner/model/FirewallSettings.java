package dev.infradesigner.model;

import java.util.List;

/**
 * A firewall: what it lets through; everything else is denied. Hosted on a server it is a host
 * firewall; on its own, in the traffic path, it protects what lies behind it.
 *
 * @param rules what is allowed, in order
 */
public record FirewallSettings(List<FirewallRule> rules) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/firewall}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "rules": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "port": {
                        "anyOf": [
                          {
                            "$ref": "#/$defs/port"
                          },
                          {
                            "const": "any"
                          }
                        ]
                      },
                      "transport": {
                        "enum": [
                          "tcp",
                          "udp"
                        ]
                      },
                      "source": {
                        "$ref": "#/$defs/source"
                      }
                    },
                    "required": [
                      "port"
                    ]
                  }
                }
              }
            }
            """;

    public static final FirewallSettings DEFAULT = new FirewallSettings(List.of(
            FirewallRule.tcp(80, "any"), FirewallRule.tcp(443, "any")));

    public FirewallSettings {
        if (rules == null) {
            throw InvalidDesignException.of("rules", "is missing");
        }
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) == null) {
                throw InvalidDesignException.of("rules[" + i + "]", "is missing");
            }
        }
        rules = List.copyOf(rules);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.FIREWALL;
    }

    static FirewallSettings read(SettingsSource in) {
        List<FirewallRule> rules = in.list("rules", FirewallRule::read);
        List<FirewallRule> chosen = rules == null && !in.has("rules") ? DEFAULT.rules() : rules;
        return in.build(() -> new FirewallSettings(chosen));
    }

    @Override
    public void write(SettingsSink out) {
        out.list("rules", rules, FirewallRule::write);
    }
}
