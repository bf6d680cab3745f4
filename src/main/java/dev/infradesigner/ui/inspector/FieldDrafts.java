package dev.infradesigner.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Whose undo Ctrl+Z is while a text field has the keyboard: the field's own while it holds an edit not yet
 * committed (it undoes the typing, never past the committed value), else the design's. A field of the
 * inspector knows its committed value and says; any other text field (renaming on the canvas) is all draft
 * until it closes, so its own undo serves. Without this, a field that kept the keyboard after Enter
 * swallowed Ctrl+Z and undid its typing while the design's step stayed.
 */
public final class FieldDrafts {

    private static final String KEY = "infra.field-draft";

    /** The uncommitted edit of one field. */
    interface Draft {

        /** Whether the field shows typing that is neither committed nor refused. */
        boolean pending();

        /** Steps the typing back; false when there was nothing of it left to undo. */
        boolean undo();

        /** Steps undone typing forward again; false when there was none. */
        boolean redo();

        /** Puts the committed value back over a draft or a refused value. */
        void discard();
    }

    private FieldDrafts() {
    }

    static void mark(TextInputControl field, Draft draft) {
        field.getProperties().put(KEY, draft);
    }

    private static Draft of(Node node) {
        return node == null ? null : node.getProperties().get(KEY) instanceof Draft d ? d : null;
    }

    /** Whether {@code node} is a field that commits its value to the design (an inspector field). */
    public static boolean commitsToDesign(Node node) {
        return of(node) != null;
    }

    /** Undoes typing in {@code field} if it has some of its own to undo; false when the design's turn is next. */
    public static boolean undoTyping(TextInputControl field) {
        Draft draft = of(field);
        if (draft == null) {
            if (field.isUndoable()) {
                field.undo();
            }
            return true;
        }
        return draft.pending() && draft.undo();
    }

    /** Redoes typing in {@code field}; false when the design's turn is next (nothing typed is pending). */
    public static boolean redoTyping(TextInputControl field) {
        Draft draft = of(field);
        if (draft == null) {
            if (field.isRedoable()) {
                field.redo();
            }
            return true;
        }
        return draft.redo() || draft.pending();
    }

    /** Puts a field's committed value back over a draft or a refused value, when it is such a field. */
    public static void discard(Node node) {
        Draft draft = of(node);
        if (draft != null) {
            draft.discard();
        }
    }
}
