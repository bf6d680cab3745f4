package dev.infradesigner.model;

/**
 * The settings of a component, one record per kind. Sealed so that every switch over them is checked
 * by the compiler when a kind is added.
 */
public sealed interface Settings permits UsersSettings, DnsSettings, ServerSettings, LoadBalancerSettings,
        WebServerSettings, AppServerSettings, CodeBaseSettings, DatabaseSettings, FirewallSettings,
        MonitoringServiceSettings, MonitoringAgentSettings {

    /** The kind of component these settings belong to. */
    ComponentKind kind();

    /** Sensible settings for a new component of {@code kind}, as the palette creates it. */
    static Settings defaults(ComponentKind kind) {
        return switch (kind) {
            case USERS -> new UsersSettings();
            case DNS -> DnsSettings.DEFAULT;
            case SERVER -> ServerSettings.DEFAULT;
            case LOAD_BALANCER -> LoadBalancerSettings.DEFAULT;
            case WEB_SERVER -> WebServerSettings.DEFAULT;
            case APP_SERVER -> AppServerSettings.DEFAULT;
            case CODE_BASE -> CodeBaseSettings.DEFAULT;
            case DATABASE -> DatabaseSettings.DEFAULT;
            case FIREWALL -> FirewallSettings.DEFAULT;
            case MONITORING_SERVICE -> MonitoringServiceSettings.DEFAULT;
            case MONITORING_AGENT -> MonitoringAgentSettings.DEFAULT;
        };
    }
}
