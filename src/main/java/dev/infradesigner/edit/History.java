package dev.infradesigner.edit;

import dev.infradesigner.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of one document, and where it was last saved. Unsaved means the history's
 * position differs from the saved one, so undoing back to the saved state makes the document clean again.
 * Holds no JavaFX: the view model wraps it in properties.
 */
public final class History {

    /** The most steps kept; the oldest go first. */
    public static final int LIMIT = 500;

    private static final Object CLEAN_START = new Object();
    private static final Object NEVER = new Object();

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private Object savedAt = CLEAN_START;
    private boolean mergeable;

    /**
     * Records {@code edit}, which turned {@code before} into the current design. It clears the redo stack.
     * An edit whose merge key equals the previous one's joins it, unless the document was saved between.
     */
    public void push(Edit edit) {
        undone.clear();
        Edit top = done.peek();
        if (mergeable && top != null && edit.mergeKey() != null && edit.mergeKey().equals(top.mergeKey())
                && savedAt != top) {
            Optional<DesignDelta> merged = top.delta().then(edit.delta());
            if (merged.isPresent()) {
                done.pop();
                done.push(new Edit(top.description(), merged.get(), top.mergeKey()));
                return;
            }
        }
        done.push(edit);
        mergeable = true;
        if (done.size() > LIMIT) {
            Edit dropped = done.removeLast();
            if (savedAt == CLEAN_START || savedAt == dropped) {
                savedAt = NEVER;
            }
        }
    }

    /** Ends merging: the next edit is its own step even with the same key (a pause, a click elsewhere). */
    public void breakMerge() {
        mergeable = false;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** What undo would undo, if anything. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(Edit::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(Edit::description);
    }

    /** Undoes the last edit of {@code current}; returns the design before it. */
    public Design undo(Design current) {
        Edit edit = done.pop();
        undone.push(edit);
        mergeable = false;
        return edit.delta().inverse().applyTo(current);
    }

    public Design redo(Design current) {
        Edit edit = undone.pop();
        done.push(edit);
        mergeable = false;
        return edit.delta().applyTo(current);
    }

    /** Marks the current position as saved. */
    public void markSaved() {
        markSaved(position());
    }

    /** A token for the current position, to mark it saved later when a background save of it completes. */
    public Object position() {
        return done.isEmpty() ? CLEAN_START : done.peek();
    }

    /** Marks the position {@code token} (from {@link #position()}) as the saved one. */
    public void markSaved(Object token) {
        savedAt = token;
        mergeable = false;
    }

    /** Whether the design differs from the saved one. */
    public boolean unsaved() {
        Object here = done.isEmpty() ? CLEAN_START : done.peek();
        return here != savedAt;
    }

    /** Forgets everything: a new or freshly opened document. */
    public void clear(boolean saved) {
        done.clear();
        undone.clear();
        savedAt = saved ? CLEAN_START : NEVER;
        mergeable = false;
    }

    public int size() {
        return done.size();
    }
}
