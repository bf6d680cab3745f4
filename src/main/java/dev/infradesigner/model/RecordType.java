package dev.infradesigner.model;

/** The DNS record type that publishes the site's name. */
public enum RecordType implements Keyed {
    A("A"),
    AAAA("AAAA"),
    CNAME("CNAME");

    private final String key;

    RecordType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
