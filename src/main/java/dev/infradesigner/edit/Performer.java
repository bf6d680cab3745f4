package dev.infradesigner.edit;

import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Whoever owns the document and turns an edit into one undoable step; views hand their edits to it. */
public interface Performer {

    /**
     * Runs {@code edit} on the current design and records its outcome as one step.
     *
     * @param mergeKey consecutive edits with the same non-null key become one step (nudges)
     */
    Result perform(Function<Design, Outcome> edit, String mergeKey);

    /** Ends merging: the next edit with the same key is a new step. */
    void breakMerge();

    /** What an edit did: the ids it created, or why it changed nothing. */
    record Result(List<String> created, Optional<String> refusal) {

        public Result {
            created = List.copyOf(created);
        }
    }
}
