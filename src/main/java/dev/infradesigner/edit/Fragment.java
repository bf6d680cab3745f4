package dev.infradesigner.edit;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.FreeSpace;
import dev.infradesigner.model.FreshNames;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.Settings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copied piece of a design: components (servers with what they host) and the links among them. Pasting
 * gives every element a new id, a new label (and a server a host name and an address) and a place beside
 * the original, so the copy never collides with what it was copied from; the links' waypoints move with
 * their ends, so a copy is drawn the way its original was.
 */
public record Fragment(List<Component> components, List<Link> links) {

    public Fragment {
        components = List.copyOf(components);
        links = List.copyOf(links);
    }

    /** The selected components (and what selected servers host) with the links between them. */
    public static Fragment copy(Design design, Collection<String> ids) {
        List<String> all = Layout.withHosted(design, ids);
        Set<String> chosen = new HashSet<>(all);
        List<Component> components = new ArrayList<>();
        for (Component c : design.components()) {
            if (chosen.contains(c.id())) {
                components.add(c);
            }
        }
        List<Link> links = new ArrayList<>();
        for (Link l : design.links()) {
            if (chosen.contains(l.from()) && chosen.contains(l.to())) {
                links.add(l);
            }
        }
        return new Fragment(components, links);
    }

    public boolean isEmpty() {
        return components.isEmpty();
    }

    /**
     * {@code design} with a copy of this fragment beside the original (see {@link FreeSpace}); every copy
     * has a new id and label, a copied server a host name and an address of its own ({@link FreshNames}). The
     * copy's ids are "created".
     */
    public Outcome pasteInto(Design design, String verb) {
        if (isEmpty()) {
            throw new EditRefusedException("Nothing to paste: copy something first.");
        }
        Map<String, String> newIds = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Component c : components) {
            String id = Ids.fresh(design, c.id(), taken);
            taken.add(id);
            newIds.put(c.id(), id);
        }
        FreshNames names = new FreshNames(design);
        List<Component> copies = new ArrayList<>();
        for (Component c : components) {
            String host = c.hostId() == null ? null
                    : newIds.getOrDefault(c.hostId(), design.component(c.hostId()).isPresent() ? c.hostId() : null);
            Settings settings = c.settings() instanceof ServerSettings s ? names.server(s) : c.settings();
            Component copy = new Component(newIds.get(c.id()), names.label(c.label()), host, c.bounds(), settings,
                    c.suppressions());
            copies.add(remapReferences(copy, newIds, design));
        }
        copies = placed(design, copies, newIds);
        Map<String, Component> copyById = new HashMap<>();
        copies.forEach(c -> copyById.put(c.id(), c));
        List<Link> linkCopies = new ArrayList<>();
        for (Link l : links) {
            String id = Ids.fresh(design, l.id(), taken);
            taken.add(id);
            linkCopies.add(new Link(id, newIds.get(l.from()), newIds.get(l.to()), l.protocol(), l.port(),
                    l.access(), l.standby(), shifted(l, copyById.get(newIds.get(l.from())),
                            copyById.get(newIds.get(l.to())))));
        }
        Set<String> hosts = new HashSet<>();
        for (Component c : copies) {
            if (c.hostId() != null && !newIds.containsValue(c.hostId())) {
                hosts.add(c.hostId());
            }
        }
        for (Component c : copies) {
            // A replica copied without its source keeps replicating from it: the link comes along.
            if (c.settings() instanceof DatabaseSettings db && db.replicationSource() != null
                    && !copiedIdsOf(newIds).contains(db.replicationSource())) {
                String id = Ids.fresh(design, db.replicationSource() + "-" + c.id(), taken);
                taken.add(id);
                linkCopies.add(new Link(id, db.replicationSource(), c.id(), Protocol.REPLICATION, db.port(),
                        Access.READ_WRITE, false));
            }
        }
        List<Link> allLinks = new ArrayList<>(design.links());
        allLinks.addAll(linkCopies);
        List<Component> allComponents = new ArrayList<>(design.components());
        allComponents.addAll(copies);
        Design next = Layout.fitServers(new Design(design.name(), allComponents, allLinks, design.suppressions(),
                design.availabilityTarget().orElse(null)),
                hosts);
        List<String> created = new ArrayList<>();
        copies.forEach(c -> created.add(c.id()));
        linkCopies.forEach(l -> created.add(l.id()));
        int n = copies.size();
        return new Outcome(next, verb + " " + n + (n == 1 ? " component" : " components"), created);
    }

    /**
     * The waypoints of {@code original} moved as its ends' copies moved from the originals, so the copy is
     * drawn the way the person drew the original. Both ends move alike when pasted together; where they did
     * not (each into the next free spot of a server that was not copied), by the mean of the two moves.
     */
    private List<Point> shifted(Link original, Component fromCopy, Component toCopy) {
        if (original.waypoints().isEmpty()) {
            return List.of();
        }
        Bounds fromBefore = original(original.from()).bounds();
        Bounds toBefore = original(original.to()).bounds();
        double dx = (fromCopy.bounds().x() - fromBefore.x() + toCopy.bounds().x() - toBefore.x()) / 2;
        double dy = (fromCopy.bounds().y() - fromBefore.y() + toCopy.bounds().y() - toBefore.y()) / 2;
        List<Point> out = new ArrayList<>(original.waypoints().size());
        for (Point p : original.waypoints()) {
            out.add(new Point(Layout.clamp(p.x() + dx), Layout.clamp(p.y() + dy)));
        }
        return out;
    }

    private Component original(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> copiedIdsOf(Map<String, String> newIds) {
        return new HashSet<>(newIds.values());
    }

    /**
     * The copies moved beside their originals: those outside any server (servers with what they host) as one
     * group to a free place, those copied into a server that was not copied to that server's next free spot.
     */
    private static List<Component> placed(Design design, List<Component> copies, Map<String, String> newIds) {
        Set<String> copiedIds = new HashSet<>(newIds.values());
        List<Component> loose = copies.stream().filter(c -> c.hostId() == null).toList();
        Bounds outline = FreeSpace.outline(loose);
        double[] shift = outline == null ? new double[] {0, 0} : FreeSpace.offset(design, outline);
        List<Component> out = new ArrayList<>();
        Design soFar = design;
        for (Component c : copies) {
            Bounds b = c.bounds();
            Component moved;
            if (c.hostId() == null || copiedIds.contains(c.hostId())) {
                moved = c.withBounds(new Bounds(Layout.clamp(b.x() + shift[0]), Layout.clamp(b.y() + shift[1]),
                        b.width(), b.height()));
            } else {
                moved = c.withBounds(Layout.freeSpot(soFar, c.hostId(), b));
                soFar = soFar.with(moved);
            }
            out.add(moved);
        }
        return out;
    }

    private static Component remapReferences(Component c, Map<String, String> newIds, Design design) {
        if (c.settings() instanceof DnsSettings dns && dns.target() != null) {
            String target = newIds.getOrDefault(dns.target(), design.component(dns.target()).isPresent()
                    ? dns.target() : null);
            return c.withSettings(new DnsSettings(dns.domain(), dns.recordType(), target));
        }
        if (c.settings() instanceof DatabaseSettings db && db.replicationSource() != null) {
            String source = newIds.getOrDefault(db.replicationSource(),
                    design.component(db.replicationSource()).isPresent() ? db.replicationSource() : null);
            return c.withSettings(new DatabaseSettings(db.engine(), db.role(), source, db.port()));
        }
        return c;
    }
}
