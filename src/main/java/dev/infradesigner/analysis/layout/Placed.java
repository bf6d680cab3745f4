package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A design with some components at new bounds: how a computed layout becomes the next design. */
public final class Placed {

    private Placed() {
    }

    /** {@code design} with each component named in {@code bounds} moved there; ids that are gone are skipped. */
    public static Design apply(Design design, Map<String, Bounds> bounds) {
        List<Component> moved = new ArrayList<>(bounds.size());
        bounds.forEach((id, b) -> design.component(id).filter(c -> !c.bounds().equals(b))
                .ifPresent(c -> moved.add(c.withBounds(b))));
        return design.withAll(moved);
    }
}
