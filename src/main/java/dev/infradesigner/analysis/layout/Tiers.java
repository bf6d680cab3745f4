package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.ComponentKind;

/**
 * Where each kind stands along the traffic, left to right (each kind says: {@link ComponentKind#column}):
 * users, DNS, firewalls in front, load balancers, web, application (with its code), databases, then
 * monitoring. Tidy Up orders columns by it, inside a server as across the canvas, so a design reads the way
 * its requests travel.
 */
public final class Tiers {

    private Tiers() {
    }

    /** The column rank of {@code kind}: smaller is further left. */
    public static int rank(ComponentKind kind) {
        return kind.column();
    }

    /**
     * Whether {@code kind} is a hop of the requests (a load balancer, web, application or database), which
     * places its server; a host firewall, an agent or the code a server carries does not.
     */
    public static boolean onTheFlow(ComponentKind kind) {
        return kind.placesServer();
    }
}
