package dev.infradesigner.edit;

import dev.infradesigner.edit.ServerGrid;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Connections;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's changes to a design, as pure functions from one immutable design to the next: create,
 * delete, rename, move, connect. The view model turns each outcome into one undoable step.
 */
public final class Edits {

    private Edits() {
    }

    /** A new component of {@code kind} centred on (x, y); dropped on a server, it is hosted there. */
    public static Outcome create(Design design, ComponentKind kind, double x, double y) {
        String[] idAndLabel = Ids.numbered(design, kind);
        Bounds bounds = Layout.newBounds(kind, x, y);
        Settings settings = Settings.defaults(kind);
        if (kind == ComponentKind.SERVER) {
            settings = newServerSettings(design, idAndLabel[0]);
        }
        Component created = new Component(idAndLabel[0], idAndLabel[1], null, bounds, settings);
        String where = "";
        if (kind.hostable()) {
            Optional<Component> server = Layout.serverAt(design, x, y, List.of());
            if (server.isPresent()) {
                created = created.withHost(server.get().id())
                        .withBounds(ServerGrid.freeCell(design, server.get().id(), x, y));
                where = " on " + server.get().label();
            }
        }
        Design next = design.with(created);
        if (created.hostId() != null) {
            next = Layout.fitServers(next, List.of(created.hostId()));
        }
        return new Outcome(next, "Add " + Words.lowerFirst(kind.displayName()) + where, List.of(created.id()));
    }

    /**
     * A new component of {@code kind} hosted on the server {@code serverId}, on the first free spot below its
     * header (the server grows to fit): a palette item clicked while that server is selected.
     */
    public static Outcome createOn(Design design, ComponentKind kind, String serverId) {
        Component server = design.component(serverId).filter(c -> c.kind() == ComponentKind.SERVER)
                .orElseThrow(() -> new EditRefusedException("That server is gone."));
        if (!kind.hostable()) {
            String name = kind.inSentence();
            throw new EditRefusedException(Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    + " cannot be hosted on a server.");
        }
        String[] idAndLabel = Ids.numbered(design, kind);
        Bounds spot = ServerGrid.firstFreeCell(design, serverId);
        Component created = new Component(idAndLabel[0], idAndLabel[1], serverId, spot, Settings.defaults(kind));
        Design next = Layout.fitServers(design.with(created), List.of(serverId));
        return new Outcome(next, "Add " + Words.lowerFirst(kind.displayName()) + " on " + server.label(),
                List.of(created.id()));
    }

    private static ServerSettings newServerSettings(Design design, String id) {
        int n = design.componentsOf(ComponentKind.SERVER).size() + 1;
        Set<String> usedIps = new HashSet<>();
        for (Component s : design.componentsOf(ComponentKind.SERVER)) {
            usedIps.add(s.settings(ServerSettings.class).ipAddress());
        }
        while (usedIps.contains("10.0.1." + (9 + n)) && n < 240) {
            n++;
        }
        return new ServerSettings(id, "10.0.1." + (9 + n), ServerSettings.DEFAULT.adminSource());
    }

    /**
     * The design aiming at an availability typed as a percentage ("99.95", "99.95%"); empty text takes the
     * target away. What it is checked against: {@code availability.below-target}.
     */
    public static Outcome setAvailabilityTarget(Design design, String percent) {
        String text = percent == null ? "" : percent.strip().replaceFirst("\\s*%$", "");
        if (text.isEmpty()) {
            return Outcome.of(design.withAvailabilityTarget(null), "Remove the availability target");
        }
        // Read as a decimal, so "99.9" is 0.999 in the file, not 0.9990000000000001 (and "0x1p3" is no number).
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() <= 0 || value.compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
            throw new EditRefusedException("The availability target is a percentage above 0 and below 100, such "
                    + "as 99.95; \"" + percent.strip() + "\" is not one.");
        }
        double share = value.movePointLeft(2).doubleValue();
        return Outcome.of(design.withAvailabilityTarget(share), "Aim at " + text + "% availability");
    }

    /**
     * The design without the given components and links; a server goes with what it hosts, links to
     * anything removed go too, and DNS targets or replication sources that pointed at it are cleared.
     */
    public static Outcome delete(Design design, Collection<String> ids) {
        List<String> gone = Layout.withHosted(design, ids.stream().filter(design::contains).toList());
        if (gone.isEmpty()) {
            throw new EditRefusedException("Nothing to delete.");
        }
        Set<String> goneSet = Set.copyOf(gone);
        List<Component> cleared = new ArrayList<>();
        for (Component c : design.components()) {
            Component after = clearReferences(c, goneSet);
            if (after != c && !goneSet.contains(c.id())) {
                cleared.add(after);
            }
        }
        // A replication link deleted on its own takes its replica's source setting with it.
        List<Link> goneLinks = gone.stream().map(design::link).flatMap(Optional::stream).toList();
        cleared.addAll(ReplicationEdits.sourcesCleared(design.withAll(cleared), goneLinks, goneSet));
        Design next = design.withAll(cleared).without(gone);
        List<String> hosts = gone.stream().map(design::component).flatMap(Optional::stream)
                .map(Component::hostId).filter(h -> h != null && !goneSet.contains(h)).toList();
        next = Layout.fitServers(next, hosts);
        return Outcome.of(next, "Delete " + count(design, gone));
    }

    private static Component clearReferences(Component c, Set<String> gone) {
        if (c.settings() instanceof DnsSettings dns && dns.target() != null && gone.contains(dns.target())) {
            return c.withSettings(new DnsSettings(dns.domain(), dns.recordType(), null));
        }
        if (c.settings() instanceof DatabaseSettings db && db.replicationSource() != null
                && gone.contains(db.replicationSource())) {
            return c.withSettings(new DatabaseSettings(db.engine(), db.role(), null, db.port()));
        }
        return c;
    }

    /** The component with a new label. */
    public static Outcome rename(Design design, String id, String label) {
        Component c = design.component(id).orElseThrow(() -> new EditRefusedException("It is gone."));
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException("A name cannot be empty.");
        }
        return Outcome.of(design.with(c.withLabel(trimmed)), "Rename " + c.label());
    }

    /** The design under a new name: the name its exports and reports say they come from. */
    public static Outcome renameDesign(Design design, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException("A design needs a name.");
        }
        return Outcome.of(design.withName(trimmed), "Name the design \"" + trimmed + "\"");
    }

    /**
     * The components moved by (dx, dy), servers with what they host. A moved component lands in the
     * server under its centre (or on the bare canvas), and servers grow to hold what they now host.
     */
    public static Outcome move(Design design, Collection<String> ids, double dx, double dy) {
        List<String> moving = Layout.withHosted(design, ids.stream().filter(i -> design.component(i).isPresent())
                .toList());
        if (moving.isEmpty()) {
            throw new EditRefusedException("Nothing to move.");
        }
        Set<String> movingSet = Set.copyOf(moving);
        List<Component> moved = new ArrayList<>();
        for (String id : moving) {
            Component c = design.component(id).orElseThrow();
            Bounds b = c.bounds();
            moved.add(c.withBounds(new Bounds(Layout.clamp(b.x() + dx), Layout.clamp(b.y() + dy),
                    b.width(), b.height())));
        }
        Design next = design.withAll(moved);
        Set<String> touchedServers = new HashSet<>();
        List<String> servers = next.componentsOf(ComponentKind.SERVER).stream().map(Component::id).toList();
        int rehosted = 0;
        List<Component> placedAll = new ArrayList<>();
        for (Component c : moved) {
            if (!c.kind().hostable() || (c.hostId() != null && movingSet.contains(c.hostId()))) {
                continue;
            }
            Bounds b = c.bounds();
            Optional<Component> under = Layout.serverAt(next, b.x() + b.width() / 2, b.y() + b.height() / 2,
                    movingSet);
            String newHost = under.map(Component::id).orElse(null);
            if (!java.util.Objects.equals(newHost, c.hostId())) {
                if (c.hostId() != null) {
                    touchedServers.add(c.hostId());
                }
                Component placed = c.withHost(newHost);
                if (under.isPresent()) {
                    placed = placed.withBounds(ServerGrid.freeCell(next, newHost, b.centerX(), b.centerY()));
                    touchedServers.add(newHost);
                }
                next = next.with(placed);
                placedAll.add(placed);
                rehosted++;
            } else if (newHost != null) {
                touchedServers.add(newHost);
            }
        }
        next = next.withAll(placedAll);
        next = Layout.fitServers(next, touchedServers.stream().filter(servers::contains).toList());
        next = WaypointEdits.followMove(design, next, movingSet, dx, dy);
        String what = count(design, ids.stream().filter(i -> design.component(i).isPresent()).toList());
        return Outcome.of(next, (rehosted > 0 && moving.size() == 1 ? "Move " + what + " to another host"
                : "Move " + what));
    }

    /**
     * A link from one component to another with the protocol and port their kinds call for; from a DNS
     * record, the record's target instead. Links that make no sense are refused with the reason.
     */
    public static Outcome connect(Design design, String fromId, String toId) {
        Component from = design.component(fromId).orElseThrow(() -> new EditRefusedException("It is gone."));
        Component to = design.component(toId).orElseThrow(() -> new EditRefusedException("It is gone."));
        if (from.kind() == ComponentKind.DNS && !fromId.equals(toId)) {
            Connections.refuseDnsTarget(to).ifPresent(message -> {
                throw new EditRefusedException(message);
            });
            DnsSettings dns = from.settings(DnsSettings.class);
            Component pointed = from.withSettings(new DnsSettings(dns.domain(), dns.recordType(), toId));
            return Outcome.of(design.with(pointed), "Point " + dns.domain() + " at " + to.label());
        }
        Connections.Answer answer = Connections.propose(design, from, to);
        if (answer instanceof Connections.Refusal refusal) {
            throw new EditRefusedException(refusal.message());
        }
        Connections.Proposal proposal = (Connections.Proposal) answer;
        String id = Ids.fresh(design, fromId + "-" + toId, Set.of());
        Link link = new Link(id, fromId, toId, proposal.protocol(), proposal.port(), proposal.access(), false);
        if (proposal.protocol() == Protocol.REPLICATION) {
            return new Outcome(ReplicationEdits.drawn(design, fromId, toId, link), "Replicate " + to.label()
                    + " from " + from.label(), List.of(id));
        }
        return new Outcome(design.with(link), "Link " + from.label() + " to " + to.label(), List.of(id));
    }

    /** "web 1", "3 components", "2 links", "2 components and 1 link". */
    static String count(Design design, Collection<String> ids) {
        long links = ids.stream().filter(i -> design.link(i).isPresent()).count();
        long components = ids.size() - links;
        if (components == 1 && links == 0) {
            return design.component(ids.iterator().next()).map(Component::label).orElse("1 component");
        }
        if (links == 1 && components == 0) {
            return "link";
        }
        List<String> parts = new ArrayList<>();
        if (components > 0) {
            parts.add(components + (components == 1 ? " component" : " components"));
        }
        if (links > 0) {
            parts.add(links + (links == 1 ? " link" : " links"));
        }
        return String.join(" and ", parts);
    }
}
