package dev.infradesigner.ui;

import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.LoadProblem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
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
