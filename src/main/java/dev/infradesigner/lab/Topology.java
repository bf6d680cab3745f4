package dev.infradesigner.lab;

/**
 * The names and addresses the lab gives what is not a server of the design: the namespace of the bridges every
 * host hangs off, and the users outside. Namespace names for servers are {@code idl-} and the host name; a host name
 * never starts with {@code -}, so {@code idl--users} and {@code idl--net} never clash with one.
 */
public final class Topology {

    /** What every namespace the lab makes starts with; anything else is left alone. */
    public static final String PREFIX = "idl-";
    /** The namespace holding the bridges, so the machine's own namespace is never touched. */
    public static final String BRIDGE_NAMESPACE = PREFIX + "-net";
    /** The users: a namespace of their own on the outside. */
    public static final String USERS_NAMESPACE = PREFIX + "-users";
    /** Addresses for the users, from the documentation ranges (RFC 5737): public, and never routed here. */
    static final String[] USERS_ADDRESSES = {"203.0.113.10", "198.51.100.10", "192.0.2.10"};

    private Topology() {
    }

    /** The namespace of the server with host name {@code hostname}. */
    public static String namespaceOf(String hostname) {
        return PREFIX + hostname;
    }
}
