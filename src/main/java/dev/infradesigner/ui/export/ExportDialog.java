package dev.infradesigner.ui.export;

import dev.infradesigner.export.ConfigCheck;
import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportWriter;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporter;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.edit.Words;
import dev.infradesigner.ui.text.FullText;
import dev.infradesigner.ui.text.SoftBreaks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export without leaving the window: pick exporters and full files or snippets, preview each file, copy
 * one, or save them all into a folder. Where HAProxy or Nginx are installed, the full files are checked
 * by them in the background and the dialog says what they answered. When an exporter refuses the design
 * (it lacks what a working file needs), the dialog shows why in place of the files and saves nothing, as
 * the command line does; unticking that exporter brings the others' files back. The preview wraps long
 * lines (a check box turns that off, for a horizontal scroll bar), so nothing in a file is out of sight.
 */
public final class ExportDialog {

    private final Stage stage = new Stage();
    private final Design design;
    private final FolderChoice folderChoice;
    private final Consumer<String> status;
    private final Map<Exporter, CheckBox> chosen = new LinkedHashMap<>();
    private final RadioButton full = new RadioButton("Full files");
    private final RadioButton snippets = new RadioButton("Snippets to paste into existing files");
    private final ListView<ExportedFile> files = new ListView<>();
    private final TextArea preview = new TextArea();
    private final CheckBox wrap = new CheckBox("Wrap long lines");
    private final VBox checks = new VBox(4);
    private final Label summary = new Label();
    private final Label refusal = new Label();
    private final BorderPane centre = new BorderPane();
    private final SplitPane filesAndPreview;
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    /** Counts regenerations, so a slow export finishing after a newer one cannot overwrite its result. */
    private long generation;

    public ExportDialog(Window owner, Design design, Consumer<String> status) {
        this(owner, design, status, FolderChoice.SYSTEM_DIALOG);
    }

    public ExportDialog(Window owner, Design design, Consumer<String> status, FolderChoice folderChoice) {
        this.folderChoice = folderChoice;
        this.design = design;
        this.status = status;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export configuration \u2014 " + design.name());
        VBox options = new VBox(6);
        options.getStyleClass().add("export-options");
        options.setPadding(new Insets(12));
        options.getChildren().add(heading("Exporters"));
        for (Exporter exporter : Exporters.all()) {
            CheckBox box = FullText.tipWhenCut(new CheckBox(exporter.displayName()));
            box.setWrapText(true);
            box.setId("export-" + exporter.id());
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, now) -> regenerate());
            chosen.put(exporter, box);
            options.getChildren().add(box);
        }
        ToggleGroup mode = new ToggleGroup();
        full.setToggleGroup(mode);
        snippets.setToggleGroup(mode);
        full.setSelected(true);
        full.setId("export-full");
        snippets.setId("export-snippets");
        snippets.setWrapText(true);
        mode.selectedToggleProperty().addListener((obs, old, now) -> regenerate());
        options.getChildren().addAll(heading("Mode"), full, snippets, heading("Checked by the daemons"), checks);
        checks.setId("export-checks");
        files.setId("export-files");
        // A long path wraps after its slashes and dashes within the list's width, rather than running under it.
        files.setCellFactory(list -> {
            javafx.scene.control.ListCell<ExportedFile> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(ExportedFile item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : SoftBreaks.in(item.path()));
                }
            };
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return FullText.tipWhenCut(cell);
        });
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                preview.setText(now == null ? "" : now.content()));
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.getStyleClass().add("export-preview");
        preview.setWrapText(true);
        wrap.setId("export-wrap");
        wrap.setSelected(true);
        preview.wrapTextProperty().bind(wrap.selectedProperty());
        filesAndPreview = new SplitPane(files, preview);
        filesAndPreview.setOrientation(Orientation.HORIZONTAL);
        filesAndPreview.setDividerPositions(0.34);
        centre.setCenter(filesAndPreview);
        refusal.setId("export-refusal");
        refusal.setWrapText(true);
        refusal.setPadding(new Insets(16));
        refusal.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        refusal.getStyleClass().add("export-refusal");
        Button copy = new Button("Copy File");
        copy.setId("export-copy");
        copy.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(e -> copySelected());
        Button save = new Button("Save All\u2026");
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(refused.getReadOnlyProperty());
        save.setOnAction(e -> chooseFolderAndSave());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        summary.setId("export-summary");
        FullText.tipWhenCut(summary);
        wrap.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, summary, spacer, wrap, copy, save, close);
        buttons.setPadding(new Insets(10, 12, 12, 12));
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(centre, null, null, buttons, options);
        options.setPrefWidth(280);
        root.getStyleClass().add("export-dialog");
        Scene scene = new Scene(root, 1060, 660);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        regenerate();
        checkWithDaemons();
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add("palette-heading");
        return label;
    }

    public void show() {
        stage.show();
    }

    /** The files the current choices make. */
    public List<ExportedFile> files() {
        return List.copyOf(files.getItems());
    }

    private ExportMode mode() {
        return snippets.isSelected() ? ExportMode.SNIPPET : ExportMode.FULL;
    }

    /** Whether an exporter refuses the design with the current choices, so the dialog shows why instead of files. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** What the chosen exporters made: their files, or each refusing exporter's reason. */
    private record Generated(List<ExportedFile> files, List<String> refusals) {
    }

    private void regenerate() {
        List<Exporter> picked = chosen.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).toList();
        ExportMode mode = mode();
        long mine = ++generation;
        summary.setText("Generating\u2026");
        BackgroundWork.run(() -> {
            ExportRun.Result run = ExportRun.of(design, picked, mode);
            return new Generated(run.files(), run.refusals().stream().map(ExportRun.Refusal::text).toList());
        }, made -> {
            if (mine == generation) {
                showGenerated(made);
            }
        }, error -> summary.setText("Could not generate: " + error.getMessage()));
    }

    private void showGenerated(Generated made) {
        refused.set(!made.refusals().isEmpty());
        if (refused.get()) {
            files.getItems().clear();
            refusal.setText("The design cannot be exported as it is. Change it as said below, or untick the "
                    + "exporter:\n\n" + String.join("\n\n", made.refusals()));
            centre.setCenter(refusal);
            summary.setText(made.refusals().size() == 1 ? "An exporter refuses the design"
                    : made.refusals().size() + " exporters refuse the design");
            return;
        }
        centre.setCenter(filesAndPreview);
        files.getItems().setAll(made.files());
        if (!made.files().isEmpty()) {
            files.getSelectionModel().selectFirst();
        }
        summary.setText(made.files().isEmpty() ? "Nothing to export: the design has nothing these exporters configure"
                : made.files().size() + (made.files().size() == 1 ? " file" : " files"));
    }

    private void checkWithDaemons() {
        for (String id : ConfigCheck.CHECKABLE) {
            Exporter exporter = Exporters.byId(id).orElseThrow();
            Label line = new Label("Checking " + exporter.displayName() + " files\u2026");
            line.setId("check-" + id);
            line.setWrapText(true);
            line.getStyleClass().add("export-check");
            checks.getChildren().add(line);
            BackgroundWork.run(() -> ConfigCheck.check(exporter, design), result -> show(line, result),
                    error -> line.setText(exporter.displayName() + ": the check failed: " + error.getMessage()));
        }
    }

    private static void show(Label line, ConfigCheck.Result result) {
        if (result.problem() != null) {
            line.setText("\u2013 " + result.problem());
        } else if (result.files().isEmpty()) {
            line.setText("\u2013 " + result.tool() + ": no files to check for this design");
        } else if (result.accepted()) {
            line.setText("\u2714 " + result.tool() + " accepts " + String.join(", ",
                    result.files().stream().map(ConfigCheck.FileVerdict::path).toList()));
            line.getStyleClass().add("check-ok");
        } else {
            StringBuilder text = new StringBuilder("\u2718 " + result.tool() + " rejects:");
            result.files().stream().filter(f -> !f.accepted()).forEach(f -> text.append("\n").append(f.path())
                    .append(": ").append(f.output()));
            line.setText(text.toString());
            line.getStyleClass().add("check-failed");
        }
    }

    private void copySelected() {
        ExportedFile file = files.getSelectionModel().getSelectedItem();
        if (file != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(file.content());
            Clipboard.getSystemClipboard().setContent(content);
            summary.setText("Copied " + file.path());
        }
    }

    /**
     * Where Save All writes: the system's folder dialog, or in tests an answer given in advance (a native
     * dialog is no part of the scene a robot can drive).
     */
    public interface FolderChoice {
        /** The folder the user picked, or empty when they cancelled. */
        java.util.Optional<Path> choose(Window owner, String title);

        FolderChoice SYSTEM_DIALOG = (owner, title) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return java.util.Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        };
    }

    private void chooseFolderAndSave() {
        folderChoice.choose(stage, "Save the configuration files into").ifPresent(this::saveAllTo);
    }

    /** Writes every file under {@code folder} in the background, asking before it replaces any. */
    public void saveAllTo(Path folder) {
        if (refused.get()) {
            return;
        }
        List<ExportedFile> toWrite = files();
        long existing = toWrite.stream().filter(f -> Files.exists(folder.resolve(f.path()))).count();
        if (existing > 0) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, existing + " of the files already exist in "
                    + folder + ". Replace them?", ButtonType.YES, ButtonType.CANCEL);
            ask.initOwner(stage);
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.YES) {
                return;
            }
        }
        summary.setText("Saving\u2026");
        BackgroundWork.run(() -> ExportWriter.write(folder, toWrite).size(), n -> {
            summary.setText("Saved " + Words.count(n, "file") + " into " + folder);
            status.accept("Exported " + Words.count(n, "file") + " into " + folder);
        }, error -> summary.setText("Could not save: " + error.getMessage()));
    }

    /** The dialog's window, for tests. */
    public Stage stage() {
        return stage;
    }
}
