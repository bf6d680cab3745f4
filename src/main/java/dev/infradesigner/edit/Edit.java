package dev.infradesigner.edit;

/**
 * One step on the undo stack: what the Edit menu calls it ("Move 3 components") and what it changed.
 *
 * @param description the words after "Undo" and "Redo"
 * @param delta       the change itself
 * @param mergeKey    edits with the same non-null key that follow each other become one step (nudges)
 */
public record Edit(String description, DesignDelta delta, String mergeKey) {
}
