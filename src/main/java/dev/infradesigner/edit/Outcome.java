package dev.infradesigner.edit;

import dev.infradesigner.model.Design;
import java.util.List;

/**
 * What an edit made: the next design, its name in the Edit menu, and the ids it created (the editor
 * selects them, so a paste or a drop leaves the new things selected).
 */
public record Outcome(Design design, String description, List<String> created) {

    public Outcome {
        created = List.copyOf(created);
    }

    static Outcome of(Design design, String description) {
        return new Outcome(design, description, List.of());
    }
}
