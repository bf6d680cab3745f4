package dev.infradesigner.ui;

import dev.infradesigner.ui.canvas.CanvasActions;
import dev.infradesigner.ui.inspector.FieldDrafts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Edit menu's actions, aware of where the keyboard is: while a text field has focus, cut, copy, paste,
 * select all and delete act on its text. Undo and redo act on the field's text only while it holds an
 * edit not yet committed; once an inspector field's value is committed (Enter, leaving it) or refused, they
 * act on the design, whichever control has the keyboard (see {@link FieldDrafts}).
 */
final class EditCommands {

    private final DocumentViewModel document;
    private final CanvasActions canvas;
    private final Scene scene;

    EditCommands(DocumentViewModel document, CanvasActions canvas, Scene scene) {
        this.document = document;
        this.canvas = canvas;
        this.scene = scene;
    }

    private TextInputControl textFocus() {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl text && text.isEditable() ? text : null;
    }

    /**
     * Routes Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y typed in a text field through {@link #undo} and {@link #redo}:
     * a text field handles them itself, before the menu's accelerators, and would undo only its typing.
     */
    void routeUndoKeys() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (textFocus() == null) {
                return;
            }
            if (UNDO.match(e)) {
                undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                redo();
                e.consume();
            }
        });
    }

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    void undo() {
        TextInputControl text = textFocus();
        if (text == null || !FieldDrafts.undoTyping(text)) {
            FieldDrafts.discard(text);
            document.undo();
        }
    }

    void redo() {
        TextInputControl text = textFocus();
        if (text == null || !FieldDrafts.redoTyping(text)) {
            FieldDrafts.discard(text);
            document.redo();
        }
    }

    void cut() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.cut();
        } else {
            canvas.cut();
        }
    }

    void copy() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.copy();
        } else {
            canvas.copy();
        }
    }

    void paste() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.paste();
        } else {
            canvas.paste();
        }
    }

    void selectAll() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.selectAll();
        } else {
            canvas.selectAll();
        }
    }

    void delete() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.deleteNextChar();
        } else {
            canvas.delete();
        }
    }

    void duplicate() {
        if (textFocus() == null) {
            canvas.duplicate();
        }
    }

    void rename() {
        if (textFocus() == null) {
            canvas.rename();
        }
    }
}
