package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The invariants that span components, checked before a {@link Design} exists: unique ids, links and
 * hosting between existing components, only servers host, DNS targets and replication sources exist.
 * Every violation is reported at once, with the path of the field at fault, so a person can fix a file
 * in one go.
 */
final class DesignValidation {

    private final List<Component> components;
    private final List<Link> links;
    private final Map<String, Component> componentsById = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    private DesignValidation(List<Component> components, List<Link> links) {
        this.components = components;
        this.links = links;
    }

    /** What is wrong with a design of these parts, in the order of the file; empty when nothing is. */
    static List<Violation> check(String name, List<Component> components, List<Link> links) {
        DesignValidation validation = new DesignValidation(components, links);
        InvalidDesignException.collect(validation.violations, () -> Checks.label("name", name));
        validation.checkIds();
        for (int i = 0; i < components.size(); i++) {
            validation.checkReferences(i);
        }
        for (int i = 0; i < links.size(); i++) {
            validation.requireComponent(links.get(i).from(), "links[" + i + "].from");
            validation.requireComponent(links.get(i).to(), "links[" + i + "].to");
        }
        return validation.violations;
    }

    /** Components and links share one space of ids: the first use of an id keeps it. */
    private void checkIds() {
        Map<String, String> firstUse = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            String place = "components[" + i + "]";
            String previous = firstUse.putIfAbsent(c.id(), place);
            if (previous != null) {
                violations.add(new Violation(place + ".id", "\"" + c.id() + "\" is already the id of " + previous));
            } else {
                componentsById.put(c.id(), c);
            }
        }
        for (int i = 0; i < links.size(); i++) {
            String place = "links[" + i + "]";
            String previous = firstUse.putIfAbsent(links.get(i).id(), place);
            if (previous != null) {
                violations.add(new Violation(place + ".id", "\"" + links.get(i).id() + "\" is already the id of "
                        + previous));
            }
        }
    }

    /** What the component at {@code position} names: its host, a DNS target, a replication source. */
    private void checkReferences(int position) {
        Component c = components.get(position);
        String place = "components[" + position + "]";
        if (c.hostId() != null) {
            Component host = componentsById.get(c.hostId());
            if (host == null) {
                violations.add(new Violation(place + ".host", "no component has the id \"" + c.hostId() + "\""));
            } else if (!host.kind().hosts()) {
                violations.add(new Violation(place + ".host", "\"" + c.hostId() + "\" is a "
                        + host.kind().key() + "; only servers host components"));
            }
        }
        if (c.settings() instanceof DnsSettings dns && dns.target() != null) {
            requireComponent(dns.target(), place + ".settings.target");
        }
        if (c.settings() instanceof DatabaseSettings db && db.replicationSource() != null) {
            String problem = replicationProblem(c, db.replicationSource());
            if (problem != null) {
                violations.add(new Violation(place + ".settings.replicationSource", problem));
            }
        }
    }

    /** What is wrong with {@code c} replicating from {@code sourceId}, or null when nothing is. */
    private String replicationProblem(Component c, String sourceId) {
        Component source = componentsById.get(sourceId);
        if (source == null) {
            return "no component has the id \"" + sourceId + "\"";
        }
        if (source.kind() != ComponentKind.DATABASE) {
            return "\"" + source.id() + "\" is a " + source.kind().key() + "; a replication source must be a database";
        }
        return source.id().equals(c.id()) ? "a database cannot replicate from itself" : null;
    }

    private void requireComponent(String id, String field) {
        if (!componentsById.containsKey(id)) {
            violations.add(new Violation(field, "no component has the id \"" + id + "\""));
        }
    }
}
