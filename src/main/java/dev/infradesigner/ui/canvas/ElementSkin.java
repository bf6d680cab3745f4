package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * What the canvas needs of the node drawing a component or a link: its element's id, its area in canvas
 * units (for culling what is off screen) and a selected look.
 */
interface ElementSkin {

    PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    String ELEMENT_ID = "infra.element-id";

    String elementId();

    /** The area the skin covers, in canvas units. */
    Bounds area();

    Node node();

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
