package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole infrastructure design: components, the links between them, and which server hosts what.
 *
 * <p>Immutable and always valid: the constructor checks every invariant that spans components
 * ({@link DesignValidation}) and reports all violations at once. Because a design never changes, analysis
 * and export can read one on any thread while the editor moves on to the next. Analysis that numbers
 * components by position builds its own index from a design; the design itself only answers by id.
 */
public final class Design {

    private final String name;
    private final List<Suppression> suppressions;
    /** The availability the design aims at, 0 to 1 exclusive (0.9995 for 99.95%), or {@code null}. */
    private final Double availabilityTarget;
    private final List<Component> components;
    private final List<Link> links;
    private final boolean anySuppressions;
    /** Lookups by id, built once: every reader of a design asks for components, links and neighbours by id. */
    private final Map<String, Component> componentsById;
    private final Map<String, Link> linksById;
    private final Map<String, List<Component>> hostedBy = new HashMap<>();
    private final Map<ComponentKind, List<Component>> byKind = new HashMap<>();
    private final Map<String, List<Link>> linksFrom = new HashMap<>();
    private final Map<String, List<Link>> linksTo = new HashMap<>();

    public Design(String name, List<Component> components, List<Link> links) {
        this(name, components, links, List.of());
    }

    /** A design whose audit findings of some rules are accepted as a whole ({@code suppressions}). */
    public Design(String name, List<Component> components, List<Link> links, List<Suppression> suppressions) {
        this(name, components, links, suppressions, null);
    }

    /**
     * A design with an availability target ({@code null} for none): what its availability is checked against
     * ({@code availability.below-target}).
     */
    public Design(String name, List<Component> components, List<Link> links, List<Suppression> suppressions,
            Double availabilityTarget) {
        if (availabilityTarget != null && !(availabilityTarget > 0 && availabilityTarget < 1)) {
            throw InvalidDesignException.of("availabilityTarget", "must be between 0 and 1, exclusive (0.9995 is "
                    + "99.95%), not " + availabilityTarget);
        }
        this.availabilityTarget = availabilityTarget;
        if (components == null || links == null) {
            throw InvalidDesignException.of(components == null ? "components" : "links", "is missing");
        }
        this.name = name;
        this.suppressions = List.copyOf(suppressions);
        this.components = List.copyOf(components);
        this.links = List.copyOf(links);
        List<Violation> violations = DesignValidation.check(name, this.components, this.links);
        if (!violations.isEmpty()) {
            throw new InvalidDesignException(violations);
        }
        componentsById = new HashMap<>(this.components.size() * 2);
        boolean suppressed = !this.suppressions.isEmpty();
        for (Component c : this.components) {
            componentsById.put(c.id(), c);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            suppressed |= !c.suppressions().isEmpty();
        }
        anySuppressions = suppressed;
        for (Component c : this.components) {
            if (c.hostId() != null) {
                hostedBy.computeIfAbsent(c.hostId(), k -> new ArrayList<>()).add(c);
            }
        }
        linksById = new LinkedHashMap<>(this.links.size() * 2);
        for (Link l : this.links) {
            linksById.put(l.id(), l);
            linksFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            linksTo.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
    }

    /** An empty design called {@code name}. */
    public static Design empty(String name) {
        return new Design(name, List.of(), List.of());
    }

    public String name() {
        return name;
    }

    /** The rules whose findings the design accepts as a whole, each with its reason. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** The availability the design aims at (0.9995 for 99.95%), if it says. */
    public java.util.Optional<Double> availabilityTarget() {
        return java.util.Optional.ofNullable(availabilityTarget);
    }

    /** The same design aiming at {@code target} ({@code null}: at nothing said). */
    public Design withAvailabilityTarget(Double target) {
        return new Design(name, components, links, suppressions, target);
    }

    /** Whether the design or any of its components accepts findings of some rule. */
    public boolean anySuppressions() {
        return anySuppressions;
    }

    /** Every component, in the design's order (also the drawing order, back to front). */
    public List<Component> components() {
        return components;
    }

    /** Every link, in the design's order. */
    public List<Link> links() {
        return links;
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(componentsById.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(linksById.get(id));
    }

    /** Whether a component or a link has this id. */
    public boolean contains(String id) {
        return componentsById.containsKey(id) || linksById.containsKey(id);
    }

    /** The components a server hosts, in the design's order; empty for anything but a hosting server. */
    public List<Component> hostedOn(String serverId) {
        return Collections.unmodifiableList(hostedBy.getOrDefault(serverId, List.of()));
    }

    /** The server that hosts {@code component}, if any. */
    public Optional<Component> hostOf(Component component) {
        return component.hostId() == null ? Optional.empty() : component(component.hostId());
    }

    /** The links leaving the component {@code id}, in the design's order. */
    public List<Link> linksFrom(String id) {
        return Collections.unmodifiableList(linksFrom.getOrDefault(id, List.of()));
    }

    /** The links reaching the component {@code id}, in the design's order. */
    public List<Link> linksTo(String id) {
        return Collections.unmodifiableList(linksTo.getOrDefault(id, List.of()));
    }

    /** The components of one kind, in the design's order. */
    public List<Component> componentsOf(ComponentKind kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    /** The same design with {@code component} added, or replacing the one with its id (keeping its place). */
    public Design with(Component component) {
        return withAll(List.of(component));
    }

    /**
     * The same design with each of {@code replacements} replacing the component with its id (keeping its
     * place), or added at the end when no component has it. One pass, for edits that touch many at once.
     */
    public Design withAll(Collection<Component> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        Map<String, Component> byNewId = new LinkedHashMap<>();
        for (Component c : replacements) {
            byNewId.put(c.id(), c);
        }
        List<Component> next = new ArrayList<>(components.size() + replacements.size());
        for (Component c : components) {
            Component replacement = byNewId.remove(c.id());
            next.add(replacement == null ? c : replacement);
        }
        next.addAll(byNewId.values());
        return new Design(name, next, links, suppressions, availabilityTarget);
    }

    /** The same design with {@code link} added, or replacing the one with its id (keeping its place). */
    public Design with(Link link) {
        List<Link> next = new ArrayList<>(links.size() + 1);
        if (linksById.containsKey(link.id())) {
            for (Link l : links) {
                next.add(l.id().equals(link.id()) ? link : l);
            }
        } else {
            next.addAll(links);
            next.add(link);
        }
        return new Design(name, components, next, suppressions, availabilityTarget);
    }

    /**
     * The same design without the components and links whose ids are given, and without the links that
     * touch a removed component. Components a removed server hosted stay, unhosted.
     */
    public Design without(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        List<Component> keptComponents = new ArrayList<>();
        for (Component c : components) {
            if (!gone.contains(c.id())) {
                keptComponents.add(c.hostId() != null && gone.contains(c.hostId()) ? c.withHost(null) : c);
            }
        }
        List<Link> keptLinks = links.stream()
                .filter(l -> !gone.contains(l.id()) && !gone.contains(l.from()) && !gone.contains(l.to()))
                .toList();
        return new Design(name, keptComponents, keptLinks, suppressions, availabilityTarget);
    }

    public Design withName(String newName) {
        return new Design(newName, components, links, suppressions, availabilityTarget);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design other && name.equals(other.name) && components.equals(other.components)
                && links.equals(other.links) && suppressions.equals(other.suppressions)
                && java.util.Objects.equals(availabilityTarget, other.availabilityTarget);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, components, links, suppressions, availabilityTarget);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + components.size() + " components, " + links.size() + " links]";
    }
}
