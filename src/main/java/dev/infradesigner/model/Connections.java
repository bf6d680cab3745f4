package dev.infradesigner.model;

import java.util.Optional;

/**
 * Which links make sense when a person draws one, and what a new one carries. The editor asks before it
 * adds a link, so a design never holds a database calling the internet or traffic flowing into users; the
 * answer is either a proposal (protocol, port, access) or a refusal that says why and what to draw instead.
 */
public final class Connections {

    private Connections() {
    }

    /** What drawing a link from one component to another means. */
    public sealed interface Answer permits Proposal, Refusal {
    }

    /** A link that makes sense, with the protocol, port and access it starts with. */
    public record Proposal(Protocol protocol, int port, Access access) implements Answer {
    }

    /** A link that makes no sense; {@code message} says why, in words shown where the user is looking. */
    public record Refusal(String message) implements Answer {
    }

    /** What a link from {@code from} to {@code to} would be in {@code design}. */
    public static Answer propose(Design design, Component from, Component to) {
        if (from.id().equals(to.id())) {
            return new Refusal("A component cannot link to itself.");
        }
        for (Link existing : design.linksFrom(from.id())) {
            if (existing.to().equals(to.id())) {
                return new Refusal(from.label() + " already links to " + to.label() + ".");
            }
        }
        if (from.kind().networkDevice() || to.kind().networkDevice()) {
            for (Link existing : design.linksFrom(to.id())) {
                if (existing.to().equals(from.id()) && existing.protocol() == Protocol.NETWORK) {
                    return new Refusal(from.label() + " and " + to.label() + " are already attached.");
                }
            }
            return cable(from, to);
        }
        return byKinds(from, to);
    }

    /**
     * A network link (a cable, either way round): a server to a switch or router, switches and routers to
     * each other, a router to an uplink. Components attach through the server they run on.
     */
    private static Answer cable(Component from, Component to) {
        ComponentKind a = from.kind();
        ComponentKind b = to.kind();
        Component other = a.networkDevice() ? to : from;
        Component device = a.networkDevice() ? from : to;
        ComponentKind otherKind = other.kind();
        ComponentKind deviceKind = device.kind();
        Proposal cable = new Proposal(Protocol.NETWORK, 0, Access.READ_WRITE);
        if (otherKind == ComponentKind.SERVER) {
            return deviceKind == ComponentKind.UPLINK
                    ? new Refusal("An internet uplink plugs into a router: attach " + other.label()
                            + " to a switch or router, and the uplink to a router.")
                    : cable;
        }
        if (otherKind == ComponentKind.USERS) {
            return deviceKind == ComponentKind.UPLINK ? cable : new Refusal("Users reach the design through an "
                    + "internet uplink: add one and attach it to a router.");
        }
        if (otherKind.hostable()) {
            return new Refusal("A " + otherKind.displayName().toLowerCase() + " has no network port of its own: "
                    + (other.hostId() == null ? "put it on a server, then attach the server to "
                    : "attach the server it runs on to ") + device.label() + ".");
        }
        if (!otherKind.networkDevice()) {
            return new Refusal("A " + otherKind.displayName().toLowerCase() + " is not a machine on the network; "
                    + "only servers and network devices are attached.");
        }
        boolean uplinkA = a == ComponentKind.UPLINK;
        boolean uplinkB = b == ComponentKind.UPLINK;
        if (uplinkA && uplinkB) {
            return new Refusal("Two uplinks are not joined to each other: attach each to a router.");
        }
        if ((uplinkA || uplinkB) && (uplinkA ? b : a) != ComponentKind.ROUTER) {
            return new Refusal("An internet uplink plugs into a router, not a " + (uplinkA ? b : a).displayName()
                    .toLowerCase() + ".");
        }
        return cable;
    }

    private static Answer byKinds(Component from, Component to) {
        ComponentKind source = from.kind();
        ComponentKind target = to.kind();
        if (target == ComponentKind.USERS) {
            return new Refusal("Traffic starts at users; nothing sends traffic to them. Draw the link from "
                    + to.label() + " instead.");
        }
        if (source == ComponentKind.SERVER || target == ComponentKind.SERVER) {
            return new Refusal("A server hosts components and carries no traffic itself: link what runs on it.");
        }
        if (source == ComponentKind.CODE_BASE || target == ComponentKind.CODE_BASE) {
            return new Refusal("A code base is the application's files, not a service: put it on the "
                    + "application server's server instead of linking it.");
        }
        if (source == ComponentKind.DNS || target == ComponentKind.DNS) {
            return new Refusal("A DNS record is a lookup, not a hop. Drag from the DNS record to what it "
                    + "points at to set its target.");
        }
        if (source == ComponentKind.MONITORING_AGENT || target == ComponentKind.MONITORING_SERVICE) {
            if (source == ComponentKind.MONITORING_AGENT && target == ComponentKind.MONITORING_SERVICE) {
                int port = to.settings(MonitoringServiceSettings.class).port();
                return new Proposal(Protocol.MONITORING, port, Access.READ_WRITE);
            }
            return new Refusal(source == ComponentKind.MONITORING_AGENT
                    ? "A monitoring agent reports only to a monitoring service."
                    : "Only monitoring agents report to a monitoring service: put an agent on the server.");
        }
        if (source == ComponentKind.MONITORING_SERVICE || target == ComponentKind.MONITORING_AGENT) {
            return new Refusal("Monitoring flows from agents to the service: draw the link from the agent.");
        }
        if (source == ComponentKind.DATABASE) {
            if (target == ComponentKind.DATABASE) {
                return new Proposal(Protocol.REPLICATION, to.settings(DatabaseSettings.class).port(),
                        Access.READ_WRITE);
            }
            return new Refusal("A database does not call out. Draw the link from the application to the "
                    + "database.");
        }
        if (target == ComponentKind.DATABASE) {
            DatabaseSettings db = to.settings(DatabaseSettings.class);
            Access access = db.role() == DatabaseRole.REPLICA ? Access.READ : Access.READ_WRITE;
            return new Proposal(source == ComponentKind.LOAD_BALANCER ? Protocol.TCP : Protocol.MYSQL, db.port(),
                    access);
        }
        return new Proposal(target.inboundProtocol(), target.inboundPort(to), Access.READ_WRITE);
    }

    /** Whether a DNS record may point at {@code target}: the public entry, a load balancer or a server. */
    public static Optional<String> refuseDnsTarget(Component target) {
        if (target.kind().dnsTarget()) {
            return Optional.empty();
        }
        return Optional.of("A DNS record points at the public entry: a load balancer, a web server, "
                + "a firewall or a server, not a " + target.kind().displayName().toLowerCase() + ".");
    }
}
