package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Design;
import java.util.function.UnaryOperator;

/**
 * A mechanical fix for a finding: what it does, in words for a button and the undo menu, and the change
 * itself as a function of the design, so the editor applies it as one undoable step.
 */
public record Fix(String description, UnaryOperator<Design> change) {
}
