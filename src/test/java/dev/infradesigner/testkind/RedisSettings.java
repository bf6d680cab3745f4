package dev.infradesigner.testkind;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.SettingsSink;
import dev.infradesigner.model.SettingsSource;

/**
 * The settings of the test-only Redis cache kind.
 *
 * @param port        the port it listens on
 * @param maxMemoryMb how much memory it may use before it evicts keys
 */
public record RedisSettings(int port, int maxMemoryMb) implements Settings {

    public static final RedisSettings DEFAULT = new RedisSettings(6379, 256);

    /** The JSON Schema of these settings in a file. */
    public static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "port": {
                  "$ref": "#/$defs/port"
                },
                "maxMemoryMb": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            }
            """;

    public RedisSettings {
        if (port < 1 || port > 65535) {
            throw InvalidDesignException.of("port", port + " is not a port (1-65535)");
        }
        if (maxMemoryMb < 1) {
            throw InvalidDesignException.of("maxMemoryMb", "must be at least 1");
        }
    }

    /** Reads the settings; an absent field takes its default. */
    public static RedisSettings read(SettingsSource in) {
        int port = in.integer("port", DEFAULT.port());
        int memory = in.integer("maxMemoryMb", DEFAULT.maxMemoryMb());
        return in.build(() -> new RedisSettings(port, memory));
    }

    @Override
    public void write(SettingsSink out) {
        out.number("port", port);
        out.number("maxMemoryMb", maxMemoryMb);
    }

    @Override
    public ComponentKind kind() {
        return RedisCache.KIND;
    }
}
