package dev.infradesigner.model;

/** The transport a firewall rule or a listener applies to. */
public enum Transport implements Keyed {
    TCP("tcp"),
    UDP("udp");

    private final String key;

    Transport(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
