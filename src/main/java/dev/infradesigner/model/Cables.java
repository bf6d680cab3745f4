package dev.infradesigner.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a component is cabled to: a cable (a link of protocol {@code network}) has no direction, so both
 * ends count, which the rules and fixes of the network layer would otherwise each work out again.
 */
public final class Cables {

    private Cables() {
    }

    /** The ids at the other end of every cable at {@code id}, in the design's order. */
    public static Set<String> of(Design design, String id) {
        Set<String> out = new LinkedHashSet<>();
        for (Link l : design.links()) {
            if (l.protocol() == Protocol.NETWORK && (l.from().equals(id) || l.to().equals(id))) {
                out.add(l.from().equals(id) ? l.to() : l.from());
            }
        }
        return out;
    }

    /** The network devices (switches, routers, uplinks) {@code id} is cabled to, in the design's order. */
    public static Set<String> devicesOf(Design design, String id) {
        Set<String> out = of(design, id);
        out.removeIf(other -> !design.component(other).map(c -> c.kind().networkDevice()).orElse(false));
        return out;
    }
}
