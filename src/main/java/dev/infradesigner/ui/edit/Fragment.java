package dev.infradesigner.ui.edit;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copied piece of a design: components (servers with what they host) and the links among them. Pasting
 * gives every element a new id and shifts it, so the copy never collides with what it was copied from.
 */
public record Fragment(List<Component> components, List<Link> links) {

    /** The offset of a paste or duplicate, so the copy shows beside the original. */
    public static final double OFFSET = 24;

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

    /** {@code design} with a copy of this fragment shifted by (dx, dy); the copy's ids are "created". */
    public Outcome pasteInto(Design design, double dx, double dy, String verb) {
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
        List<Component> copies = new ArrayList<>();
        Set<String> hosts = new HashSet<>();
        for (Component c : components) {
            String host = c.hostId() == null ? null
                    : newIds.getOrDefault(c.hostId(), design.component(c.hostId()).isPresent() ? c.hostId() : null);
            if (host != null && !newIds.containsKey(c.hostId())) {
                hosts.add(host);
            }
            Bounds b = c.bounds();
            Component copy = new Component(newIds.get(c.id()), c.label(), host,
                    new Bounds(Layout.clamp(b.x() + dx), Layout.clamp(b.y() + dy), b.width(), b.height()),
                    c.settings(), c.suppressions());
            copies.add(remapReferences(copy, newIds, design));
        }
        List<Link> linkCopies = new ArrayList<>();
        for (Link l : links) {
            String id = Ids.fresh(design, l.id(), taken);
            taken.add(id);
            linkCopies.add(new Link(id, newIds.get(l.from()), newIds.get(l.to()), l.protocol(), l.port(),
                    l.access(), l.standby()));
            
        }
        List<Link> allLinks = new ArrayList<>(design.links());
        allLinks.addAll(linkCopies);
        List<Component> allComponents = new ArrayList<>(design.components());
        allComponents.addAll(copies);
        Design next = Layout.fitServers(new Design(design.name(), allComponents, allLinks, design.suppressions()),
                hosts);
        List<String> created = new ArrayList<>();
        copies.forEach(c -> created.add(c.id()));
        linkCopies.forEach(l -> created.add(l.id()));
        int n = copies.size();
        return new Outcome(next, verb + " " + n + (n == 1 ? " component" : " components"), created);
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
