package dev.infradesigner.model;

/** How a load balancer picks a backend for each request. */
public enum Algorithm implements Keyed {
    ROUND_ROBIN("round-robin"),
    LEAST_CONNECTIONS("least-connections"),
    SOURCE_HASH("source-hash");

    private final String key;

    Algorithm(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
