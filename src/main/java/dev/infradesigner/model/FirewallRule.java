package dev.infradesigner.model;

/**
 * One thing a firewall lets through: a port (or every port) from a source. Everything else is denied.
 *
 * @param port      the port, or {@code null} for every port
 * @param transport TCP or UDP
 * @param source    {@code any}, an address or a CIDR network
 */
public record FirewallRule(Integer port, Transport transport, String source) {

    public FirewallRule {
        if (port != null) {
            Checks.port("port", port);
        }
        if (transport == null) {
            throw InvalidDesignException.of("transport", "is missing");
        }
        Checks.source("source", source);
    }

    public static FirewallRule tcp(int port, String source) {
        return new FirewallRule(port, Transport.TCP, source);
    }

    /** Whether this rule lets every port in from everywhere, which makes the firewall pointless. */
    public boolean allowsAll() {
        return port == null && source.equals("any");
    }
}
