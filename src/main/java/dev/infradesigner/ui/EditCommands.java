package dev.infradesigner.ui;

import dev.infradesigner.ui.canvas.CanvasActions;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * The Edit menu's actions, aware of where the keyboard is: while a text field has focus, undo, cut, copy,
 * paste, select all and delete act on its text (it keeps its own undo); otherwise on the design.
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

    void undo() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.undo();
        } else {
            document.undo();
        }
    }

    void redo() {
        TextInputControl text = textFocus();
        if (text != null) {
            text.redo();
        } else {
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
