package dev.infradesigner.model;

/** What travels over a link. Only some protocols are user traffic; the audit's graphs depend on the split. */
public enum Protocol implements Keyed {
    HTTP("http", 80, true),
    HTTPS("https", 443, true),
    TCP("tcp", 80, true),
    MYSQL("mysql", 3306, true),
    REPLICATION("replication", 3306, false),
    MONITORING("monitoring", 9100, false),
    /** Cabling: a server attached to a switch, devices to each other. No port, no direction. */
    NETWORK("network", 0, false);

    private final String key;
    private final int defaultPort;
    private final boolean userTraffic;

    Protocol(String key, int defaultPort, boolean userTraffic) {
        this.key = key;
        this.defaultPort = defaultPort;
        this.userTraffic = userTraffic;
    }

    @Override
    public String key() {
        return key;
    }

    /** The port a new link of this protocol gets unless the kinds it joins say otherwise. */
    public int defaultPort() {
        return defaultPort;
    }

    /** Whether requests from users travel this way (replication and monitoring do not). */
    public boolean userTraffic() {
        return userTraffic;
    }
}
