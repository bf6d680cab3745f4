package dev.infradesigner.model;

/** Whether a load balancer understands HTTP (layer 7) or only forwards TCP streams (layer 4). */
public enum BalanceMode implements Keyed {
    HTTP("http"),
    TCP("tcp");

    private final String key;

    BalanceMode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
