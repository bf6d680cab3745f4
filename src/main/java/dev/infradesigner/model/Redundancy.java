package dev.infradesigner.model;

/**
 * Whether every member of a group takes traffic all the time, or one stands by until another fails.
 */
public enum Redundancy implements Keyed {
    ACTIVE_ACTIVE("active-active"),
    ACTIVE_PASSIVE("active-passive");

    private final String key;

    Redundancy(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
