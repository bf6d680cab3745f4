package dev.infradesigner.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the keyboard out of text fields it was not sent to. When the focused control goes away (the Apply
 * Fix button hides once its finding is fixed, the welcome pane's sample button goes with the pane), JavaFX
 * hands the focus on to another control by itself, and a text field that gets it that way selects all its
 * text: the next keystroke replaced a component's name. The focus goes to {@code home} (the canvas)
 * instead. A text field the user clicks or tabs into keeps the focus (any mouse press or key in between
 * ends the watch), and so does the field a rebuilt inspector gives the focus back to (it has the same id as
 * the one that went).
 */
final class FocusKeeper {

    private boolean lost;
    /** The id of the control that went away, if it had one: a panel rebuilt puts the focus back on its twin. */
    private String lostId;

    private FocusKeeper() {
    }

    static void install(Scene scene, Node home) {
        FocusKeeper keeper = new FocusKeeper();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, keeper::userActed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keeper::userActed);
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (old != null && !shown(old, scene)) {
                keeper.lost = true;
                keeper.lostId = old.getId();
            }
            boolean twin = now != null && now.getId() != null && now.getId().equals(keeper.lostId);
            if (keeper.lost && now instanceof TextInputControl && now != home && !twin) {
                keeper.lost = false;
                home.requestFocus();
            } else if (now != null) {
                keeper.lost = false;
            }
        });
    }

    private void userActed(Event e) {
        lost = false;
    }

    /** Whether {@code node} is still in {@code scene}, visible all the way up, and enabled. */
    private static boolean shown(Node node, Scene scene) {
        if (node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
