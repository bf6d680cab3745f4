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

    /** Reads a rule; its port is a number or {@code "any"}, its transport TCP and its source any when absent. */
    static FirewallRule read(SettingsSource in) {
        Integer port = null;
        if (!in.holdsText("port", "any")) {
            port = in.requiredInteger("port");
            if (port == null) {
                return null;
            }
        }
        Transport transport = in.choice("transport", Transport.class, Transport.TCP);
        String source = in.text("source", "any");
        Integer chosenPort = port;
        return in.build(() -> new FirewallRule(chosenPort, transport, source));
    }

    static void write(FirewallRule r, SettingsSink out) {
        if (r.port() == null) {
            out.text("port", "any");
        } else {
            out.number("port", r.port());
        }
        out.choice("transport", r.transport());
        out.text("source", r.source());
    }
}
