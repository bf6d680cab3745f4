package dev.infradesigner.model;

/** A primary takes writes and is the authoritative copy; a replica copies a source and serves reads. */
public enum DatabaseRole implements Keyed {
    PRIMARY("primary"),
    REPLICA("replica");

    private final String key;

    DatabaseRole(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
