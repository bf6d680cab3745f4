package dev.infradesigner.ui;

import dev.infradesigner.model.Design;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open document: its design snapshot, the file it came from, and what the window's title and
 * status bar say about it. Views observe these properties; nothing here touches a control.
 */
public final class DocumentViewModel {

    static final String APP_NAME = "Infra Designer";

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design",
            Design.empty("Untitled"));
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty source = new SimpleStringProperty(this, "source", "Untitled");
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final StringBinding title = Bindings.createStringBinding(
            () -> source.get() + " \u2014 " + APP_NAME, source);
    private final StringBinding counts = Bindings.createStringBinding(() -> {
        Design d = design.get();
        return d.components().size() + " components, " + d.links().size() + " links";
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

    /** A one-line message for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public void setStatus(String message) {
        status.set(message);
    }

    /** The window title: the document's name, then the app's. */
    public StringBinding titleBinding() {
        return title;
    }

    /** "N components, M links", for the status bar. */
    public StringBinding countsBinding() {
        return counts;
    }

    /** Shows a design that came from {@code path} (or from nowhere, when {@code null}) under {@code name}. */
    public void show(Design newDesign, Path path, String name) {
        design.set(newDesign);
        file.set(path);
        source.set(name);
    }

    /** Records that the design now lives in {@code path}. */
    public void savedAs(Path path) {
        file.set(path);
        source.set(path.getFileName().toString());
    }
}
