package dev.infradesigner.ui.canvas;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The one skin lit up as where a drag would land (the server a card goes into, the end of a new link). */
final class DropTarget {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private Node highlighted;

    /** Lights up {@code node} instead of the one before; {@code null} lights up none. */
    void set(Node node) {
        if (highlighted != null) {
            highlighted.pseudoClassStateChanged(DROP_TARGET, false);
        }
        highlighted = node;
        if (node != null) {
            node.pseudoClassStateChanged(DROP_TARGET, true);
        }
    }
}
