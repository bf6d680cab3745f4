package dev.infradesigner.ui;

import java.util.function.Predicate;
import javafx.scene.Node;

/**
 * Finds canvas nodes by the element they draw. Skins and badges carry their element's id as a node
 * property, not as a CSS id (a unique CSS id per node defeats JavaFX's style cache), so TestFX's
 * {@code "#id"} lookups cannot find them.
 */
final class CanvasLookups {

    private CanvasLookups() {
    }

    /** The skin of a component, server or link (not a DNS record's "resolves to" arrow). */
    static Predicate<Node> skin(String elementId) {
        return n -> elementId.equals(n.getProperties().get("infra.element-id"))
                && !n.getStyleClass().contains("dns-resolution");
    }

    /** The finding badge of a component. */
    static Predicate<Node> badge(String componentId) {
        return n -> componentId.equals(n.getProperties().get("infra.badge-of"));
    }
}
