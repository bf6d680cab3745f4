package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A whole infrastructure design: components, the links between them, and which server hosts what.
 *
 * <p>Immutable and always valid: the constructor checks every invariant that spans components (unique
 * ids, links and hosting between existing components, only servers host, DNS targets and replication
 * sources exist) and reports all violations at once. Because a design never changes, analysis and export
 * can read one on any thread while the editor moves on to the next.
 */
public final class Design {

    private final String name;
    private final List<Suppression> suppressions;
    private final List<Component> components;
    private final List<Link> links;
    private final Map<String, Integer> indexById;
    /**
     * Each component's id and label by position, as copies made one after another (see
     * {@link #packedCopy}). Findings list the ids of the components they concern and name them by label:
     * at 100,000 components an audit reads tens of thousands of each, and reaching every one through its
     * component object, whose strings lie wherever the loader put them, cost a cache miss or two apiece.
     */
    private final String[] ids;
    private final String[] labels;
    /** Positions in {@link #components} of each link's ends and each component's host (-1: none). */
    private final int[] linkFromIndex;
    private final int[] linkToIndex;
    private final int[] hostIndex;
    /** Per component, the position of what its settings name (a DNS target, a replication source), or -1. */
    private final int[] referenceIndex;
    /**
     * Each component's kind and each link's protocol by position: analysis reads these for every vertex and
     * edge, and at 100,000 components reaching them through the objects costs a cache miss each.
     */
    private final ComponentKind[] kinds;
    private final Protocol[] protocols;
    private final Access[] accesses;
    /** Per component, its database role, or null when it is not a database. */
    private final DatabaseRole[] roles;
    private final boolean anySuppressions;
    private final Map<String, Link> linksById;
    private final Map<String, List<Component>> hostedBy;
    private final Map<ComponentKind, List<Component>> byKind;
    private final Map<String, List<Link>> linksFrom;
    private final Map<String, List<Link>> linksTo;

    public Design(String name, List<Component> components, List<Link> links) {
        this(name, components, links, List.of());
    }

    /** A design whose audit findings of some rules are accepted as a whole ({@code suppressions}). */
    public Design(String name, List<Component> components, List<Link> links, List<Suppression> suppressions) {
        List<Violation> violations = new ArrayList<>();
        InvalidDesignException.collect(violations, () -> Checks.label("name", name));
        if (components == null || links == null) {
            throw InvalidDesignException.of(components == null ? "components" : "links", "is missing");
        }
        this.name = name;
        this.suppressions = List.copyOf(suppressions);
        this.components = List.copyOf(components);
        this.links = List.copyOf(links);
        this.indexById = new HashMap<>(this.components.size() * 2);
        this.linksById = new LinkedHashMap<>(this.links.size() * 2);
        this.hostedBy = new HashMap<>();
        this.byKind = new HashMap<>();
        this.linksFrom = new HashMap<>();
        this.linksTo = new HashMap<>();
        // Where each id is used: a component's position, or a link's as ~position. Paths in messages are
        // built only for a violation: a design is checked on every edit, and building a path string for
        // each of thousands of components and links was most of that check's time.
        Map<String, Integer> usedBy = new HashMap<>((this.components.size() + this.links.size()) * 2);
        this.ids = new String[this.components.size()];
        this.labels = new String[this.components.size()];
        for (int i = 0; i < this.components.size(); i++) {
            Component c = this.components.get(i);
            ids[i] = packedCopy(c.id());
            labels[i] = packedCopy(c.label());
            Integer previous = usedBy.putIfAbsent(c.id(), i);
            if (previous != null) {
                violations.add(new Violation("components[" + i + "].id", "\"" + c.id() + "\" is already the id of "
                        + place(previous)));
            } else {
                indexById.put(c.id(), i);
            }
        }
        for (int i = 0; i < this.links.size(); i++) {
            Link l = this.links.get(i);
            Integer previous = usedBy.putIfAbsent(l.id(), ~i);
            if (previous != null) {
                violations.add(new Violation("links[" + i + "].id", "\"" + l.id() + "\" is already the id of "
                        + place(previous)));
            } else {
                linksById.put(l.id(), l);
            }
        }
        this.hostIndex = new int[this.components.size()];
        this.referenceIndex = new int[this.components.size()];
        Arrays.fill(referenceIndex, -1);
        for (int i = 0; i < this.components.size(); i++) {
            hostIndex[i] = checkReferences(this.components.get(i), i, violations);
        }
        this.linkFromIndex = new int[this.links.size()];
        this.linkToIndex = new int[this.links.size()];
        for (int i = 0; i < this.links.size(); i++) {
            Link l = this.links.get(i);
            linkFromIndex[i] = requireComponent(l.from(), ~i, ".from", violations);
            linkToIndex[i] = requireComponent(l.to(), ~i, ".to", violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidDesignException(violations);
        }
        this.kinds = new ComponentKind[this.components.size()];
        this.roles = new DatabaseRole[this.components.size()];
        boolean suppressed = !this.suppressions.isEmpty();
        for (int i = 0; i < kinds.length; i++) {
            Component c = this.components.get(i);
            kinds[i] = c.kind();
            roles[i] = roleOf(c);
            suppressed |= !c.suppressions().isEmpty();
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        this.anySuppressions = suppressed;
        this.protocols = new Protocol[this.links.size()];
        this.accesses = new Access[this.links.size()];
        for (int i = 0; i < protocols.length; i++) {
            protocols[i] = this.links.get(i).protocol();
            accesses[i] = this.links.get(i).access();
        }
        byKind.replaceAll((kind, list) -> List.copyOf(list));
        for (Link l : this.links) {
            linksFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            linksTo.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
    }

    /**
     * {@code base} with {@code next} in place of its components, where every replaced component kept its
     * id, kind, host and references: the ids, links and positions are the same, so every index is shared
     * and only the lists that hold components are rebuilt. Most edits are like that (a move, a rename,
     * a setting), and rebuilding and checking every index on each of them cost milliseconds per edit at
     * a few hundred components, before the JIT had compiled this code.
     */
    private Design(Design base, List<Component> next, Map<String, Component> replaced) {
        this.name = base.name;
        this.suppressions = base.suppressions;
        this.components = next;
        this.links = base.links;
        this.indexById = base.indexById;
        this.ids = base.ids;
        this.labels = valuesAfter(base, base.labels, replaced, Component::label, Design::packedCopy);
        this.linksById = base.linksById;
        this.linksFrom = base.linksFrom;
        this.linksTo = base.linksTo;
        this.hostIndex = base.hostIndex;
        this.referenceIndex = base.referenceIndex;
        this.linkFromIndex = base.linkFromIndex;
        this.linkToIndex = base.linkToIndex;
        this.kinds = base.kinds;
        this.protocols = base.protocols;
        this.accesses = base.accesses;
        this.roles = valuesAfter(base, base.roles, replaced, Design::roleOf, role -> role);
        this.byKind = new HashMap<>(base.byKind);
        this.hostedBy = new HashMap<>(base.hostedBy);
        boolean suppressed = !suppressions.isEmpty();
        // Each list once, however many of its components were replaced (a move of everything, say).
        Set<ComponentKind> kindsTouched = new HashSet<>();
        Set<String> hostsTouched = new HashSet<>();
        for (Component c : replaced.values()) {
            kindsTouched.add(c.kind());
            if (c.hostId() != null) {
                hostsTouched.add(c.hostId());
            }
            suppressed |= !c.suppressions().isEmpty();
        }
        for (ComponentKind kind : kindsTouched) {
            byKind.computeIfPresent(kind, (k, list) -> List.copyOf(replacedIn(list, replaced)));
        }
        for (String host : hostsTouched) {
            hostedBy.computeIfPresent(host, (h, list) -> replacedIn(list, replaced));
        }
        if (base.anySuppressions && !suppressed) {
            for (Component c : next) {
                suppressed |= !c.suppressions().isEmpty();
            }
        }
        this.anySuppressions = suppressed;
    }

    /**
     * A copy of {@code s} with characters of its own, allocated now: made for every component in a row, the
     * copies lie side by side in memory, so reading the labels of many components in order streams through
     * a few megabytes instead of touching a line per component all over the heap. At 100,000 components
     * this took about a third off the rules that name every server (monitoring, firewall), for an eighth
     * more memory (a loaded design of that size keeps 108 MB instead of 96).
     */
    private static String packedCopy(String s) {
        return new String(s.toCharArray());
    }

    /**
     * {@code values}, one per component of {@code base}, copied only when a replaced component's value
     * ({@code of}) differs from the one it replaces; {@code stored} is what goes into the copy.
     */
    private static <T> T[] valuesAfter(Design base, T[] values, Map<String, Component> replaced,
            Function<Component, T> of, UnaryOperator<T> stored) {
        T[] out = values;
        for (Component c : replaced.values()) {
            int at = base.indexOf(c.id());
            T value = of.apply(c);
            if (!Objects.equals(out[at], value)) {
                if (out == values) {
                    out = values.clone();
                }
                out[at] = stored.apply(value);
            }
        }
        return out;
    }

    private static DatabaseRole roleOf(Component c) {
        return c.settings() instanceof DatabaseSettings db ? db.role() : null;
    }

    private static List<Component> replacedIn(List<Component> list, Map<String, Component> replaced) {
        List<Component> out = new ArrayList<>(list.size());
        for (Component c : list) {
            out.add(replaced.getOrDefault(c.id(), c));
        }
        return out;
    }

    /** Whether {@code now} can take {@code was}'s place without changing any of the design's indexes. */
    private static boolean sameShape(Component was, Component now) {
        return was.kind() == now.kind() && Objects.equals(was.hostId(), now.hostId())
                && Objects.equals(reference(was), reference(now));
    }

    /** The other component {@code c}'s settings name (a DNS target, a replication source), or null. */
    private static String reference(Component c) {
        if (c.settings() instanceof DnsSettings dns) {
            return dns.target();
        }
        return c.settings() instanceof DatabaseSettings db ? db.replicationSource() : null;
    }

    /** An empty design called {@code name}. */
    public static Design empty(String name) {
        return new Design(name, List.of(), List.of());
    }

    /** Checks what {@code c} refers to; returns its host's position, or -1 when it has none. */
    private int checkReferences(Component c, int position, List<Violation> violations) {
        int hostAt = -1;
        if (c.hostId() != null) {
            int at = indexOf(c.hostId());
            Component host = at < 0 ? null : components.get(at);
            if (host == null) {
                violations.add(new Violation(place(position) + ".host",
                        "no component has the id \"" + c.hostId() + "\""));
            } else if (!host.kind().hosts()) {
                violations.add(new Violation(place(position) + ".host", "\"" + c.hostId() + "\" is a "
                        + host.kind().key() + "; only servers host components"));
            } else {
                hostedBy.computeIfAbsent(host.id(), k -> new ArrayList<>()).add(c);
                hostAt = at;
            }
        }
        if (c.settings() instanceof DnsSettings dns && dns.target() != null) {
            referenceIndex[position] = requireComponent(dns.target(), position, ".settings.target", violations);
        }
        if (c.settings() instanceof DatabaseSettings db && db.replicationSource() != null) {
            int at = indexOf(db.replicationSource());
            Component source = at < 0 ? null : components.get(at);
            referenceIndex[position] = at;
            String problem = replicationProblem(c, db.replicationSource(), source);
            if (problem != null) {
                violations.add(new Violation(place(position) + ".settings.replicationSource", problem));
            }
        }
        return hostAt;
    }

    /**
     * What is wrong with {@code c} replicating from {@code sourceId} ({@code source}, null when no component
     * has that id), or null when nothing is.
     */
    private static String replicationProblem(Component c, String sourceId, Component source) {
        if (source == null) {
            return "no component has the id \"" + sourceId + "\"";
        }
        if (source.kind() != ComponentKind.DATABASE) {
            return "\"" + source.id() + "\" is a " + source.kind().key() + "; a replication source must be a database";
        }
        return source.id().equals(c.id()) ? "a database cannot replicate from itself" : null;
    }

    /**
     * The position of the component {@code id}, or -1 with a violation at {@code field} of the component
     * (or, as ~position, the link) at {@code position} when there is none.
     */
    private int requireComponent(String id, int position, String field, List<Violation> violations) {
        int index = indexOf(id);
        if (index < 0) {
            violations.add(new Violation(place(position) + field, "no component has the id \"" + id + "\""));
        }
        return index;
    }

    /** "components[3]" for position 3, "links[3]" for ~3. */
    private static String place(int position) {
        return position >= 0 ? "components[" + position + "]" : "links[" + ~position + "]";
    }

    public String name() {
        return name;
    }

    /** The rules whose findings the design accepts as a whole, each with its reason. */
    public List<Suppression> suppressions() {
        return suppressions;
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
        return Optional.ofNullable(byIdOrNull(id));
    }

    /**
     * Where the component with this id is in {@link #components()}, or -1. Analysis numbers its graph
     * vertices by this position, so it needs no map of its own.
     */
    public int indexOf(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** The position in {@link #components()} of the component link number {@code link} leaves. */
    public int linkSourceIndex(int link) {
        return linkFromIndex[link];
    }

    /** The position in {@link #components()} of the component link number {@code link} reaches. */
    public int linkTargetIndex(int link) {
        return linkToIndex[link];
    }

    /** The id of component number {@code component}, without reaching for the component. */
    public String idAt(int component) {
        return ids[component];
    }

    /** The label of component number {@code component}, without reaching for the component. */
    public String labelAt(int component) {
        return labels[component];
    }

    /** The kind of component number {@code component}, without reaching for the component. */
    public ComponentKind kindAt(int component) {
        return kinds[component];
    }

    /** The protocol of link number {@code link}, without reaching for the link. */
    public Protocol protocolAt(int link) {
        return protocols[link];
    }

    /** The access (read, read-write) of link number {@code link}, without reaching for the link. */
    public Access accessAt(int link) {
        return accesses[link];
    }

    /** The role of the database at position {@code component}, or null when that is not a database. */
    public DatabaseRole roleAt(int component) {
        return roles[component];
    }

    /** The position in {@link #components()} of the server hosting component number {@code component}, or -1. */
    public int hostIndex(int component) {
        return hostIndex[component];
    }

    /**
     * The position of the component that the settings of the component at {@code component} name (the
     * target of a DNS entry, the replication source of a database), or -1 when they name none.
     */
    public int referenceIndex(int component) {
        return referenceIndex[component];
    }

    private Component byIdOrNull(String id) {
        Integer index = indexById.get(id);
        return index == null ? null : components.get(index);
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(linksById.get(id));
    }

    /** Whether a component or a link has this id. */
    public boolean contains(String id) {
        return indexById.containsKey(id) || linksById.containsKey(id);
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
        return byKind.getOrDefault(kind, List.of());
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
        Component[] inPlace = components.toArray(new Component[0]);
        boolean shared = true;
        for (Component c : byNewId.values()) {
            int at = indexOf(c.id());
            if (at < 0 || !sameShape(inPlace[at], c)) {
                shared = false;
                break;
            }
            inPlace[at] = c;
        }
        if (shared) {
            return new Design(this, List.of(inPlace), byNewId);
        }
        List<Component> next = new ArrayList<>(components.size() + replacements.size());
        for (Component c : components) {
            Component replacement = byNewId.remove(c.id());
            next.add(replacement == null ? c : replacement);
        }
        next.addAll(byNewId.values());
        return new Design(name, next, links, suppressions);
    }

    /** The same design with {@code link} added, or replacing the one with its id (keeping its place). */
    public Design with(Link link) {
        List<Link> next = new ArrayList<>(links);
        int index = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(link.id())) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            next.set(index, link);
        } else {
            next.add(link);
        }
        return new Design(name, components, next, suppressions);
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
        return new Design(name, keptComponents, keptLinks, suppressions);
    }

    public Design withName(String newName) {
        return new Design(newName, components, links, suppressions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design other && name.equals(other.name) && components.equals(other.components)
                && links.equals(other.links) && suppressions.equals(other.suppressions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, components, links, suppressions);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", " + components.size() + " components, " + links.size() + " links]";
    }
}
