package dev.infradesigner.ui;

import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.analysis.layout.TidyLayout;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.FormatVersion;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's work: new, open, open recent, open sample, save, save as. Reading and writing happen in
 * the background; a file that cannot be loaded leaves the current design as it was and says why. Anything
 * that would replace unsaved work asks first.
 */
public final class FileActions {

    private final DocumentViewModel document;
    private final Window owner;
    private final Dialogs dialogs;
    private final AppSettings settings;
    private dev.infradesigner.ui.export.ExportDialog.FolderChoice exportFolder =
            dev.infradesigner.ui.export.ExportDialog.FolderChoice.SYSTEM_DIALOG;
    private final Autosave autosave;
    private File lastFolder;

    public FileActions(DocumentViewModel document, Window owner, AppSettings settings, Autosave autosave) {
        this.document = document;
        this.owner = owner;
        this.dialogs = new Dialogs(owner);
        this.settings = settings;
        this.autosave = autosave;
    }

    /** What a new design is called until the user names it (in the inspector, or by saving it). */
    static final String UNTITLED = "Untitled";

    public void newDesign() {
        whenDiscardable(() -> {
            document.show(Design.empty(UNTITLED), null, UNTITLED);
            document.setStatus("New design");
        });
    }

    /** Asks for a file, then opens it. */
    public void openWithChooser() {
        whenDiscardable(() -> {
            FileChooser chooser = chooser("Open design");
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                open(chosen.toPath());
            }
        });
    }

    /** Opens {@code file} once unsaved work is saved or discarded (recent files, a dropped file). */
    public void openAsked(Path file) {
        whenDiscardable(() -> open(file));
    }

    /** Opens {@code file}; on failure shows the loader's problems and keeps the current design. */
    public void open(Path file) {
        Path absolute = file.toAbsolutePath();
        document.setStatus("Opening " + absolute.getFileName() + "\u2026");
        BackgroundWork.run(() -> TidyLayout.asOpened(DesignFiles.load(absolute)), design -> {
            document.show(design, absolute, absolute.getFileName().toString());
            lastFolder = absolute.getParent().toFile();
            settings.addRecent(absolute);
            autosave.discard();
            document.setStatus("Opened " + absolute);
        }, error -> {
            document.setStatus("Could not open " + absolute.getFileName());
            if (!Files.exists(absolute)) {
                settings.removeRecent(absolute);
            }
            dialogs.cannotLoad(absolute.getFileName().toString(), error);
        });
    }

    /** Opens one of the samples bundled with the app; saving it asks for a new file. */
    public void openSample(BundledSamples.Sample sample) {
        whenDiscardable(() -> BackgroundWork.run(() -> BundledSamples.load(sample), design -> {
            document.show(design, null, sample.fileName());
            autosave.discard();
            document.setStatus("Opened sample: " + sample.title());
        }, error -> dialogs.cannotLoad(sample.fileName(), error)));
    }

    /** Opens the export dialog for the design as it is now. */
    public dev.infradesigner.ui.export.ExportDialog exportConfiguration() {
        var dialog = new dev.infradesigner.ui.export.ExportDialog(owner, document.getDesign(), document::setStatus,
                exportFolder);
        dialog.show();
        return dialog;
    }

    /** How the export dialog's Save All asks for its folder (the system's dialog, unless a test answers). */
    public void setExportFolderChoice(dev.infradesigner.ui.export.ExportDialog.FolderChoice choice) {
        this.exportFolder = choice;
    }

    /** Saves to the current file, or asks for one when the design has none yet. */
    public void save() {
        saveThen(() -> { });
    }

    public void saveAs() {
        saveAsThen(() -> { });
    }

    /** Saves, then runs {@code after} once the file is written (not if the user cancels or it fails). */
    public void saveThen(Runnable after) {
        Path file = document.getFile();
        if (file == null) {
            saveAsThen(after);
        } else {
            saveTo(file, after);
        }
    }

    private void saveAsThen(Runnable after) {
        FileChooser chooser = chooser("Save design as");
        String name = document.getDesign().name().replaceAll("[^A-Za-z0-9 ._-]", "").trim();
        chooser.setInitialFileName((name.isEmpty() ? "design" : name) + FormatVersion.EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path path = chosen.toPath();
            if (!path.getFileName().toString().endsWith(FormatVersion.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + FormatVersion.EXTENSION);
            }
            saveAsTo(path, after);
        }
    }

    /**
     * Saves under a new file name chosen by the user. A design still called "Untitled" is named after the
     * file first (an undoable step), so its exports and reports do not all say they come from "Untitled".
     */
    void saveAsTo(Path path, Runnable after) {
        String base = path.getFileName().toString();
        if (base.endsWith(FormatVersion.EXTENSION)) {
            base = base.substring(0, base.length() - FormatVersion.EXTENSION.length());
        }
        String name = base.strip();
        if (document.getDesign().name().equals(UNTITLED) && !name.isEmpty()) {
            document.perform(d -> Edits.renameDesign(d, name));
        }
        saveTo(path, after);
    }

    /** Saves the current design to {@code file} in the background. */
    public void saveTo(Path file) {
        saveTo(file, () -> { });
    }

    private void saveTo(Path file, Runnable after) {
        Design snapshot = document.getDesign();
        Object savePoint = document.savePoint();
        Path absolute = file.toAbsolutePath();
        document.setStatus("Saving " + absolute.getFileName() + "\u2026");
        BackgroundWork.run(() -> {
            DesignFiles.save(snapshot, absolute);
            return absolute;
        }, saved -> {
            document.savedAs(saved, savePoint);
            lastFolder = saved.getParent().toFile();
            settings.addRecent(saved);
            if (!document.isUnsaved()) {
                autosave.discard();
            }
            document.setStatus("Saved " + saved);
            after.run();
        }, error -> {
            document.setStatus("Could not save " + absolute.getFileName());
            dialogs.cannotSave(absolute.getFileName().toString(), error);
        });
    }

    /**
     * Runs {@code proceed} when nothing unsaved would be lost: at once when the design is saved, else after
     * the user chooses Save (and the save succeeds) or Don't Save; never after Cancel.
     */
    public void whenDiscardable(Runnable proceed) {
        if (!document.isUnsaved()) {
            proceed.run();
            return;
        }
        switch (dialogs.askToSave(document.getSource())) {
            case SAVE -> saveThen(proceed);
            case DISCARD -> {
                autosave.discard();
                proceed.run();
            }
            case CANCEL -> document.setStatus("Kept the unsaved changes");
        }
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
