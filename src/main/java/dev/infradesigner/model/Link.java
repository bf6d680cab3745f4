package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Traffic from one component to another. Direction matters: users to load balancer, web to application,
 * primary to replica, agent to monitoring service.
 *
 * @param id       the stable id, unique in its design among components and links
 * @param from     the id of the component the traffic leaves
 * @param to       the id of the component the traffic reaches
 * @param protocol what travels
 * @param port     the port at {@code to} (0 for a network link: a cable has none)
 * @param access   for an application reaching a database: read-write (the default) or read only
 * @param standby  whether {@code to} is a standby that takes traffic only when the others fail
 * @param waypoints the points a person made the drawn link pass through, in order (often none); drawing
 *                 only, traffic does not care
 */
public record Link(String id, String from, String to, Protocol protocol, int port, Access access,
        boolean standby, List<Point> waypoints) {

    /** The most waypoints a link may carry: more is no drawing a person made. */
    public static final int MAX_WAYPOINTS = 64;

    public Link {
        List<Violation> violations = new ArrayList<>();
        if (waypoints != null && waypoints.stream().anyMatch(java.util.Objects::isNull)) {
            violations.add(new Violation("waypoints", "a waypoint is missing"));
            waypoints = List.of();
        }
        waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
        if (waypoints.size() > MAX_WAYPOINTS) {
            violations.add(new Violation("waypoints", waypoints.size() + " waypoints are more than "
                    + MAX_WAYPOINTS));
        }
        InvalidDesignException.collect(violations, () -> Checks.id("id", id));
        InvalidDesignException.collect(violations, () -> Checks.id("from", from));
        InvalidDesignException.collect(violations, () -> Checks.id("to", to));
        if (from != null && from.equals(to)) {
            violations.add(new Violation("to", "a link cannot join \"" + from + "\" to itself"));
        }
        if (protocol == null) {
            violations.add(new Violation("protocol", "is missing"));
        }
        if (protocol == Protocol.NETWORK) {
            if (port != 0) {
                violations.add(new Violation("port", "a network link is a cable and has no port"));
            }
        } else {
            InvalidDesignException.collect(violations, () -> Checks.port("port", port));
        }
        if (access == null) {
            violations.add(new Violation("access", "is missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidDesignException(violations);
        }
    }

    /** A link with no waypoints. */
    public Link(String id, String from, String to, Protocol protocol, int port, Access access, boolean standby) {
        this(id, from, to, protocol, port, access, standby, List.of());
    }

    /** A read-write, non-standby link on the protocol's default port. */
    public static Link of(String id, String from, String to, Protocol protocol) {
        return new Link(id, from, to, protocol, protocol.defaultPort(), Access.READ_WRITE, false);
    }

    /** What a drawing says travels over it: the protocol and port ("HTTP 80"), or "network" for a cable. */
    public String caption() {
        return protocol == Protocol.NETWORK ? "network" : protocol.key().toUpperCase(java.util.Locale.ROOT) + " " + port;
    }

    /** The same link on another port. */
    public Link onPort(int newPort) {
        return new Link(id, from, to, protocol, newPort, access, standby, waypoints);
    }

    public Link withAccess(Access newAccess) {
        return new Link(id, from, to, protocol, port, newAccess, standby, waypoints);
    }

    public Link withStandby(boolean newStandby) {
        return new Link(id, from, to, protocol, port, access, newStandby, waypoints);
    }

    /** The same link drawn through {@code newWaypoints} (none: the router's own route). */
    public Link withWaypoints(List<Point> newWaypoints) {
        return new Link(id, from, to, protocol, port, access, standby, newWaypoints);
    }

    /** Whether the link joins {@code componentId} at either end. */
    public boolean touches(String componentId) {
        return from.equals(componentId) || to.equals(componentId);
    }
}
