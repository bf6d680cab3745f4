package dev.infradesigner.edit;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Suppression;
import java.util.List;
import java.util.Optional;

/**
 * What one edit changed in a design, holding only the touched components and links, so that undo and
 * redo can rebuild either version exactly without the history keeping whole designs.
 */
public final class DesignDelta {

    private final String nameBefore;
    private final String nameAfter;
    private final List<Suppression> suppressionsBefore;
    private final List<Suppression> suppressionsAfter;
    private final Double targetBefore;
    private final Double targetAfter;
    private final ListDelta<Component> components;
    private final ListDelta<Link> links;

    private DesignDelta(String nameBefore, String nameAfter, List<Suppression> suppressionsBefore,
            List<Suppression> suppressionsAfter, Double targetBefore, Double targetAfter,
            ListDelta<Component> components, ListDelta<Link> links) {
        this.targetBefore = targetBefore;
        this.targetAfter = targetAfter;
        this.nameBefore = nameBefore;
        this.nameAfter = nameAfter;
        this.suppressionsBefore = suppressionsBefore;
        this.suppressionsAfter = suppressionsAfter;
        this.components = components;
        this.links = links;
    }

    /** The change that turns {@code before} into {@code after}. */
    public static DesignDelta between(Design before, Design after) {
        return new DesignDelta(before.name(), after.name(), before.suppressions(), after.suppressions(),
                before.availabilityTarget().orElse(null), after.availabilityTarget().orElse(null),
                ListDelta.between(before.components(), after.components(), Component::id),
                ListDelta.between(before.links(), after.links(), Link::id));
    }

    /** Whether applying the delta changes nothing. */
    public boolean isEmpty() {
        return nameBefore.equals(nameAfter) && suppressionsBefore.equals(suppressionsAfter)
                && java.util.Objects.equals(targetBefore, targetAfter) && components.isEmpty() && links.isEmpty();
    }

    /** The version after the edit, from the version before it. */
    public Design applyTo(Design before) {
        return new Design(nameAfter, components.applyTo(before.components(), Component::id),
                links.applyTo(before.links(), Link::id), suppressionsAfter, targetAfter);
    }

    /** The delta that undoes this one. */
    public DesignDelta inverse() {
        return new DesignDelta(nameAfter, nameBefore, suppressionsAfter, suppressionsBefore, targetAfter, targetBefore,
                components.inverse(), links.inverse());
    }

    /**
     * This delta followed by {@code next} as one, when both only change components and links in place
     * (as nudges do); empty otherwise.
     */
    public Optional<DesignDelta> then(DesignDelta next) {
        if (!components.onlyChanges() || !links.onlyChanges() || !next.components.onlyChanges()
                || !next.links.onlyChanges() || !java.util.Objects.equals(targetBefore, targetAfter)
                || !java.util.Objects.equals(next.targetBefore, next.targetAfter)) {
            return Optional.empty();
        }
        return Optional.of(new DesignDelta(nameBefore, next.nameAfter, suppressionsBefore,
                next.suppressionsAfter, targetBefore, next.targetAfter, components.then(next.components, Component::id),
                links.then(next.links, Link::id)));
    }

    /** How many elements the delta holds, a measure of the memory it takes. */
    public int size() {
        return components.size() + links.size();
    }
}
