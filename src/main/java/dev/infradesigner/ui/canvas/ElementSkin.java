package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * What the canvas needs of the node drawing a component or a link: its element's id, its area in canvas
 * units (for culling what is off screen) and a selected look.
 *
 * <p>Skins carry their element's id in their properties ({@link #ELEMENT_ID}), never as a CSS id: JavaFX
 * caches matched styles by type, style classes and id, so a unique id per node would make every skin that
 * scrolls into view match the whole stylesheet again (and grow the cache by one entry per element).
 */
interface ElementSkin {

    PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    String ELEMENT_ID = "infra.element-id";

    String elementId();

    /** The area the skin covers, in canvas units. */
    Bounds area();

    Node node();

    /**
     * Whether this is a DNS record's "resolves to" arrow: it carries the record's id (a click selects the
     * record) but never looks selected, failed or cut off itself.
     */
    default boolean isResolution() {
        return false;
    }

    default void setSelected(boolean selected) {
        node().pseudoClassStateChanged(SELECTED, selected);
    }

    /** The id of the element drawn by {@code node} or one of its ancestors, or {@code null}. */
    static String idAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object id = n.getProperties().get(ELEMENT_ID);
            if (id != null) {
                return (String) id;
            }
        }
        return null;
    }

    /** Whether {@code node} is a component's connector, where links are dragged from. */
    static boolean isConnector(Node node) {
        return node != null && node.getStyleClass().contains("connector");
    }
}
