package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the rules read: the design, and the graph work several rules share, computed once on first use.
 * One context serves one audit of one immutable design, on one thread.
 */
public final class AuditContext {

    private final Design design;
    private DesignIndex index;
    private TrafficGraph traffic;
    private FailureAnalysis failures;
    private final Map<Object, Object> shared = new HashMap<>();

    public AuditContext(Design design) {
        this.design = design;
    }

    public Design design() {
        return design;
    }

    /** The design's components by position, which the graph and the rules that work on arrays share. */
    public DesignIndex index() {
        if (index == null) {
            index = new DesignIndex(design);
        }
        return index;
    }

    public TrafficGraph traffic() {
        if (traffic == null) {
            traffic = new TrafficGraph(index());
        }
        return traffic;
    }

    public FailureAnalysis failures() {
        if (failures == null) {
            failures = new FailureAnalysis(traffic());
        }
        return failures;
    }

    /**
     * A value several rules need, computed by the first that asks ({@code key} names it, usually the
     * class that computes it) and shared with the rest of this audit.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Function<AuditContext, T> compute) {
        Object value = shared.get(key);
        if (value == null) {
            value = compute.apply(this);
            shared.put(key, value);
        }
        return (T) value;
    }

    /** The component with this id (which must exist). */
    public Component component(String id) {
        return design.component(id).orElseThrow();
    }

    /** A component's label in quotes, with its host when it has one: {@code "Nginx 2" (on "Server 2")}. */
    public String name(Component c) {
        return design.hostOf(c).map(h -> quote(c) + " (on " + quote(h) + ")").orElse(quote(c));
    }

    /** How many components a message names before it counts the rest; the finding lists them all. */
    static final int NAMED = 5;

    /**
     * Labels of components, quoted and joined: {@code "A", "B" and "C"}. Past {@value #NAMED}, the rest are
     * counted ({@code "A", "B", "C", "D" and 246 more}): a message naming 250 backends is read by nobody.
     */
    public String names(List<Component> components) {
        if (components.size() <= NAMED) {
            return joinWithAnd(components.stream().map(AuditContext::quote).collect(Collectors.toList()));
        }
        List<String> words = new java.util.ArrayList<>();
        components.subList(0, NAMED - 1).forEach(c -> words.add(quote(c)));
        words.add((components.size() - NAMED + 1) + " more");
        return joinWithAnd(words);
    }

    /** Words joined for a sentence: {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String joinWithAnd(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    public static String quote(Component c) {
        return quote(c.label());
    }

    /** {@code label} in quotes, as messages name components. */
    public static String quote(String label) {
        return "\"" + label + "\"";
    }

    /** The links leaving {@code id}. */
    public List<Link> linksFrom(String id) {
        return design.linksFrom(id);
    }

    /** The links reaching {@code id}. */
    public List<Link> linksTo(String id) {
        return design.linksTo(id);
    }
}
