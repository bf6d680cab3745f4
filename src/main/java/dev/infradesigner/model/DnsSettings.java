package dev.infradesigner.model;

/**
 * A DNS record: the name people type and the component it resolves to (a load balancer or a server).
 *
 * @param domain     the fully qualified name, for example {@code www.foobar.com}
 * @param recordType A, AAAA or CNAME
 * @param target     the id of the component the record points at, or {@code null} when not yet set
 */
public record DnsSettings(String domain, RecordType recordType, String target) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/dns}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "domain": {
                  "type": "string",
                  "maxLength": 253,
                  "pattern": "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\\\.?$"
                },
                "recordType": {
                  "enum": [
                    "A",
                    "AAAA",
                    "CNAME"
                  ]
                },
                "target": {
                  "$ref": "#/$defs/id",
                  "description": "the id of the component the name resolves to"
                }
              }
            }
            """;

    public static final DnsSettings DEFAULT = new DnsSettings("www.example.com", RecordType.A, null);

    public DnsSettings {
        Checks.hostname("domain", domain);
        if (recordType == null) {
            throw InvalidDesignException.of("recordType", "is missing");
        }
        if (target != null) {
            Checks.id("target", target);
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.DNS;
    }

    static DnsSettings read(SettingsSource in) {
        String domain = in.text("domain", DEFAULT.domain());
        RecordType type = in.choice("recordType", RecordType.class, DEFAULT.recordType());
        String target = in.text("target");
        return in.build(() -> new DnsSettings(domain, type, target));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("domain", domain);
        out.choice("recordType", recordType);
        out.optionalText("target", target);
    }
}
