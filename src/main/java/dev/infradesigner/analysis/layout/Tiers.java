package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.ComponentKind;

/**
 * Where each kind stands along the traffic, left to right: users, DNS, firewalls in front, load balancers,
 * web, application (with its code), databases, then monitoring. Tidy Up orders columns by it, inside a
 * server as across the canvas, so a design reads the way its requests travel.
 */
public final class Tiers {

    private Tiers() {
    }

    /** The column rank of {@code kind}: smaller is further left. */
    public static int rank(ComponentKind kind) {
        return switch (kind) {
            case USERS -> 0;
            case DNS -> 1;
            case FIREWALL -> 2;
            case LOAD_BALANCER -> 3;
            case SERVER -> 4;
            case WEB_SERVER -> 4;
            case APP_SERVER, CODE_BASE -> 5;
            case DATABASE -> 6;
            case MONITORING_AGENT -> 7;
            case MONITORING_SERVICE -> 8;
        };
    }

    /**
     * Whether {@code kind} is a hop of the requests (a load balancer, web, application or database), which
     * places its server; a host firewall, an agent or the code a server carries does not.
     */
    public static boolean onTheFlow(ComponentKind kind) {
        return switch (kind) {
            case LOAD_BALANCER, WEB_SERVER, APP_SERVER, DATABASE, MONITORING_SERVICE -> true;
            default -> false;
        };
    }
}
