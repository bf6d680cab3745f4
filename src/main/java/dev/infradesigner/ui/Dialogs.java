package dev.infradesigner.ui;

import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.LoadProblem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The app's message dialogs: what went wrong, in the words of the part that knows, never a stack trace. */
final class Dialogs {

    private static final int SHOWN_PROBLEMS = 50;

    private final Window owner;

    Dialogs(Window owner) {
        this.owner = owner;
    }

    void cannotLoad(String name, Throwable error) {
        String details;
        String summary;
        if (error instanceof DesignLoadException load) {
            List<LoadProblem> problems = load.problems();
            summary = problems.size() == 1 ? "The file has a problem:" : "The file has " + problems.size()
                    + " problems:";
            details = problems.stream().limit(SHOWN_PROBLEMS).map(LoadProblem::toString)
                    .collect(Collectors.joining("\n"));
        } else {
            summary = "The file could not be read:";
            details = String.valueOf(error.getMessage());
        }
        show("Cannot open " + name, summary + " the current design is unchanged.", details);
    }

    void cannotSave(String name, Throwable error) {
        show("Cannot save " + name, "The file was not changed; the design is still open.",
                error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    /** What to do with unsaved changes before they would be lost. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    SaveChoice askToSave(String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(DocumentViewModel.APP_NAME);
        alert.setHeaderText("Save the changes to " + name + "?");
        alert.setContentText("If you don't save, your changes since the last save are lost.");
        alert.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? SaveChoice.SAVE : answer == DONT_SAVE ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    /** Offers back the work a run that ended without saving left behind. */
    boolean offerRecovery(String name, java.time.Instant when, boolean fromBackup) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", recover, discard);
        alert.initOwner(owner);
        alert.setTitle(DocumentViewModel.APP_NAME);
        alert.setHeaderText("Recover unsaved work?");
        alert.setContentText("Infra Designer closed before \"" + name + "\" was saved. A copy autosaved at "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm, d MMM").withZone(java.time.ZoneId.systemDefault())
                        .format(when) + " can be recovered." + (fromBackup ? " (The latest copy was damaged; this "
                        + "is the one autosaved before it, so the last few changes may be missing.)" : ""));
        alert.getDialogPane().setId("recovery-dialog");
        return alert.showAndWait().orElse(discard) == recover;
    }

    private void show(String header, String summary, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(DocumentViewModel.APP_NAME);
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, details.split("\n").length + 1));
        text.getStyleClass().add("problem-list");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8, new javafx.scene.control.Label(summary), text);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
    }
}
