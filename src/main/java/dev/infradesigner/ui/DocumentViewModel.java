package dev.infradesigner.ui;

import dev.infradesigner.model.Design;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.edit.DesignDelta;
import dev.infradesigner.edit.Edit;
import dev.infradesigner.edit.EditRefusedException;
import dev.infradesigner.edit.History;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import dev.infradesigner.edit.Words;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open document: its design snapshot, its undo history, the file it came from, and what the window's
 * title and status bar say about it. Every change to the design goes through {@link #perform}, so each is
 * one undoable step. Views observe these properties; nothing here touches a control.
 */
public final class DocumentViewModel implements Performer {

    static final String APP_NAME = "Infra Designer";

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design",
            Design.empty("Untitled"));
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty source = new SimpleStringProperty(this, "source", "Untitled");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final BooleanProperty unsaved = new SimpleBooleanProperty(this, "unsaved");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final History history = new History();
    private final javafx.beans.property.IntegerProperty generation =
            new javafx.beans.property.SimpleIntegerProperty(this, "generation");
    private final StringBinding title = Bindings.createStringBinding(
            () -> (unsaved.get() ? "*" : "") + source.get() + " \u2014 " + APP_NAME, source, unsaved);
    private final StringBinding counts = Bindings.createStringBinding(() -> {
        Design d = design.get();
        return Words.count(d.components().size(), "component") + ", " + Words.count(d.links().size(), "link");
    }, design);

    /** The design on screen; every view draws this snapshot. */
    public ReadOnlyObjectProperty<Design> designProperty() {
        return design;
    }

    public Design getDesign() {
        return design.get();
    }

    /** The file the design is saved in, or {@code null} for a new design or a sample. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path getFile() {
        return file.get();
    }

    /** The document's name as the title shows it (file name, "Untitled", a sample's name). */
    public String getSource() {
        return source.get();
    }

    /** A one-line message for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public void setStatus(String message) {
        status.set(message);
    }

    /** The window title: a star when there are unsaved changes, the document's name, then the app's. */
    public StringBinding titleBinding() {
        return title;
    }

    /** "N components, M links", for the status bar. */
    public StringBinding countsBinding() {
        return counts;
    }

    /** Whether the design differs from the one last opened or saved. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved;
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }

    /** What Undo would undo ("Move 3 components"), empty when nothing. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    /**
     * Runs {@code edit} on the current design and records its outcome as one undoable step. A refused or
     * invalid edit changes nothing; its reason goes to the status bar and is returned.
     *
     * @param mergeKey consecutive edits with the same non-null key become one step (nudges)
     * @return the ids the edit created, or the reason it was refused
     */
    @Override
    public Result perform(Function<Design, Outcome> edit, String mergeKey) {
        Design before = design.get();
        Outcome outcome;
        try {
            outcome = edit.apply(before);
        } catch (EditRefusedException e) {
            status.set(e.getMessage());
            return new Result(List.of(), Optional.of(e.getMessage()));
        } catch (InvalidDesignException e) {
            String message = "Not changed: " + e.violations().get(0).path() + ": "
                    + e.violations().get(0).message();
            status.set(message);
            return new Result(List.of(), Optional.of(message));
        }
        DesignDelta delta = DesignDelta.between(before, outcome.design());
        if (delta.isEmpty()) {
            return new Result(outcome.created(), Optional.empty());
        }
        history.push(new Edit(outcome.description(), delta, mergeKey));
        design.set(outcome.design());
        status.set(outcome.description());
        refreshHistory();
        return new Result(outcome.created(), Optional.empty());
    }

    /** Runs an edit that is its own step. */
    public Result perform(Function<Design, Outcome> edit) {
        return perform(edit, null);
    }


    /** Ends the merging of nudges: the next one starts a new step. */
    @Override
    public void breakMerge() {
        history.breakMerge();
    }

    public void undo() {
        if (history.canUndo()) {
            String what = history.undoDescription().orElse("");
            design.set(history.undo(design.get()));
            status.set("Undid " + what);
            refreshHistory();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String what = history.redoDescription().orElse("");
            design.set(history.redo(design.get()));
            status.set("Redid " + what);
            refreshHistory();
        }
    }

    /** Shows a design that came from {@code path} (or from nowhere, when {@code null}) under {@code name}. */
    public void show(Design newDesign, Path path, String name) {
        history.clear(true);
        design.set(newDesign);
        file.set(path);
        source.set(name);
        refreshHistory();
        generation.set(generation.get() + 1);
    }

    /** Counts the documents shown (new, opened, recovered), so views reset their zoom for each new one. */
    public javafx.beans.property.ReadOnlyIntegerProperty generationProperty() {
        return generation;
    }

    /** Shows a design recovered after a crash: not saved anywhere yet, so it counts as unsaved. */
    public void showRecovered(Design recovered, Path path, String name) {
        show(recovered, path, name);
        history.clear(false);
        refreshHistory();
    }

    /** A token for the history's current position; a save passes it back to {@link #savedAs} when done. */
    public Object savePoint() {
        return history.position();
    }

    /** Records that the design at {@code savePoint} (taken when the save began) now lives in {@code path}. */
    public void savedAs(Path path, Object savePoint) {
        file.set(path);
        source.set(path.getFileName().toString());
        history.markSaved(savePoint);
        refreshHistory();
    }

    private void refreshHistory() {
        unsaved.set(history.unsaved());
        undoText.set(history.undoDescription().orElse(""));
        redoText.set(history.redoDescription().orElse(""));
    }
}
