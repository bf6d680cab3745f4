package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import java.util.HashMap;
import java.util.Map;

/**
 * A design's components numbered by their position in it, with what each link and component refers to
 * as numbers: analysis works on arrays indexed by position (graph vertices, marks), and looking each id
 * up again in every rule would repeat the same map reads many times. Built once per audit.
 */
public final class DesignIndex {

    private final Design design;
    private final Map<String, Integer> positions;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final int[] host;
    private final int[] reference;

    public DesignIndex(Design design) {
        this.design = design;
        int n = design.components().size();
        positions = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            positions.put(design.components().get(i).id(), i);
        }
        host = new int[n];
        reference = new int[n];
        for (int i = 0; i < n; i++) {
            Component c = design.components().get(i);
            host[i] = indexOf(c.hostId());
            reference[i] = indexOf(referenceOf(c));
        }
        int links = design.links().size();
        linkFrom = new int[links];
        linkTo = new int[links];
        for (int e = 0; e < links; e++) {
            linkFrom[e] = indexOf(design.links().get(e).from());
            linkTo[e] = indexOf(design.links().get(e).to());
        }
    }

    /** The other component {@code c}'s settings name (a DNS target, a replication source), or null. */
    private static String referenceOf(Component c) {
        if (c.settings() instanceof DnsSettings dns) {
            return dns.target();
        }
        return c.settings() instanceof DatabaseSettings db ? db.replicationSource() : null;
    }

    public Design design() {
        return design;
    }

    /** How many components the design has: positions run from 0 to this, exclusive. */
    public int size() {
        return design.components().size();
    }

    /** The position of the component with this id, or -1 when there is none (or {@code id} is null). */
    public int indexOf(String id) {
        Integer at = id == null ? null : positions.get(id);
        return at == null ? -1 : at;
    }

    public Component component(int position) {
        return design.components().get(position);
    }

    public Link link(int number) {
        return design.links().get(number);
    }

    /** The position of the component link number {@code link} leaves. */
    public int from(int link) {
        return linkFrom[link];
    }

    /** The position of the component link number {@code link} reaches. */
    public int to(int link) {
        return linkTo[link];
    }

    /** The position of the server hosting the component at {@code position}, or -1. */
    public int host(int position) {
        return host[position];
    }

    /**
     * The position of the component that the settings of the one at {@code position} name (the target of
     * a DNS entry, the replication source of a database), or -1 when they name none.
     */
    public int reference(int position) {
        return reference[position];
    }
}
