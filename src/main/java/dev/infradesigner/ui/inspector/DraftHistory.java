package dev.infradesigner.ui.inspector;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The texts a field went through since its value was last committed, for the field's own undo: it steps
 * back through the typing and stops at the committed text, where the design's undo takes over. A run of
 * characters typed one after another is one step, as in a text editor. (The text field's built-in undo
 * cannot be used: it merges typing across commits, so one Ctrl+Z went back past the committed value.)
 */
final class DraftHistory {

    private final Deque<String> back = new ArrayDeque<>();
    private final Deque<String> forward = new ArrayDeque<>();
    private String last;
    private boolean typing;

    /** Starts over from {@code committed}: nothing to undo. */
    void reset(String committed) {
        back.clear();
        forward.clear();
        last = committed;
        typing = false;
    }

    /** Records that the text changed from the last one recorded to {@code now} by the user. */
    void changed(String now) {
        if (now.equals(last)) {
            return;
        }
        boolean oneMoreChar = now.length() == last.length() + 1 && now.startsWith(last)
                && !Character.isWhitespace(now.charAt(now.length() - 1));
        if (!(typing && oneMoreChar)) {
            back.push(last);
        }
        typing = oneMoreChar;
        forward.clear();
        last = now;
    }

    /** The text before the last step, or null when there is none. */
    String undo() {
        if (back.isEmpty()) {
            return null;
        }
        forward.push(last);
        last = back.pop();
        typing = false;
        return last;
    }

    /** The text the last undo left, or null. */
    String redo() {
        if (forward.isEmpty()) {
            return null;
        }
        back.push(last);
        last = forward.pop();
        typing = false;
        return last;
    }
}
