package dev.infradesigner.model;

/**
 * What a component is. The kind decides which settings it carries and whether a server may host it.
 */
public enum ComponentKind implements Keyed {
    USERS("users", "Users", false),
    DNS("dns", "DNS record", false),
    SERVER("server", "Server", false),
    LOAD_BALANCER("load-balancer", "Load balancer", true),
    WEB_SERVER("web-server", "Web server", true),
    APP_SERVER("app-server", "Application server", true),
    CODE_BASE("code-base", "Code base", true),
    DATABASE("database", "Database", true),
    FIREWALL("firewall", "Firewall", true),
    MONITORING_SERVICE("monitoring-service", "Monitoring service", true),
    MONITORING_AGENT("monitoring-agent", "Monitoring agent", true);

    private final String key;
    private final String displayName;
    private final boolean hostable;

    ComponentKind(String key, String displayName, boolean hostable) {
        this.key = key;
        this.displayName = displayName;
        this.hostable = hostable;
    }

    @Override
    public String key() {
        return key;
    }

    /** A name for people, as in menus and messages. */
    public String displayName() {
        return displayName;
    }

    /** Whether a server may host a component of this kind (users, DNS and servers themselves may not). */
    public boolean hostable() {
        return hostable;
    }
}
