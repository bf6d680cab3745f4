package dev.infradesigner.ui;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.FormatVersion;
import dev.infradesigner.model.Design;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's work: new, open, open sample, save, save as. Reading and writing happen in the
 * background; a file that cannot be loaded leaves the current design as it was and says why.
 */
public final class FileActions {

    private final DocumentViewModel document;
    private final Window owner;
    private final Dialogs dialogs;
    private File lastFolder;

    public FileActions(DocumentViewModel document, Window owner) {
        this.document = document;
        this.owner = owner;
        this.dialogs = new Dialogs(owner);
    }

    public void newDesign() {
        document.show(Design.empty("Untitled"), null, "Untitled");
        document.setStatus("New design");
    }

    /** Asks for a file, then opens it. */
    public void openWithChooser() {
        FileChooser chooser = chooser("Open design");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens {@code file}; on failure shows the loader's problems and keeps the current design. */
    public void open(Path file) {
        Path absolute = file.toAbsolutePath();
        document.setStatus("Opening " + absolute.getFileName() + "\u2026");
        BackgroundWork.run(() -> DesignFiles.load(absolute), design -> {
            document.show(design, absolute, absolute.getFileName().toString());
            lastFolder = absolute.getParent().toFile();
            document.setStatus("Opened " + absolute);
        }, error -> {
            document.setStatus("Could not open " + absolute.getFileName());
            dialogs.cannotLoad(absolute.getFileName().toString(), error);
        });
    }

    /** Opens one of the samples bundled with the app; saving it asks for a new file. */
    public void openSample(BundledSamples.Sample sample) {
        BackgroundWork.run(() -> BundledSamples.load(sample), design -> {
            document.show(design, null, sample.fileName());
            document.setStatus("Opened sample: " + sample.title());
        }, error -> dialogs.cannotLoad(sample.fileName(), error));
    }

    /** Saves to the current file, or asks for one when the design has none yet. */
    public void save() {
        Path file = document.getFile();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    public void saveAs() {
        FileChooser chooser = chooser("Save design as");
        String name = document.getDesign().name().replaceAll("[^A-Za-z0-9 ._-]", "").trim();
        chooser.setInitialFileName((name.isEmpty() ? "design" : name) + FormatVersion.EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path path = chosen.toPath();
            if (!path.getFileName().toString().endsWith(FormatVersion.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + FormatVersion.EXTENSION);
            }
            saveTo(path);
        }
    }

    /** Saves the current design to {@code file} in the background. */
    public void saveTo(Path file) {
        Design snapshot = document.getDesign();
        Path absolute = file.toAbsolutePath();
        document.setStatus("Saving " + absolute.getFileName() + "\u2026");
        BackgroundWork.run(() -> {
            DesignFiles.save(snapshot, absolute);
            return absolute;
        }, saved -> {
            document.savedAs(saved);
            lastFolder = saved.getParent().toFile();
            document.setStatus("Saved " + saved);
        }, error -> {
            document.setStatus("Could not save " + absolute.getFileName());
            dialogs.cannotSave(absolute.getFileName().toString(), error);
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Infra Designer designs (*.infra)", "*" + FormatVersion.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
