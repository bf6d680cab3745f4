package dev.infradesigner.ui.findings;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * "About this rule": a rule's section of the bundled docs, rendered, in the window's theme. Text in a
 * JavaFX flow cannot be selected, so Copy (and Ctrl+C) puts the whole section on the clipboard as text;
 * links to another rule open that rule here.
 */
final class RuleDocDialog {

    private static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final MarkdownView view = new MarkdownView(this::openAnchor, RuleDocDialog::copy);
    private final ScrollPane scroll = new ScrollPane(view);

    private RuleDocDialog(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        var pane = dialog.getDialogPane();
        pane.setId("rule-doc");
        pane.getStyleClass().add("rule-doc");
        pane.getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        view.setPadding(new Insets(12, 18, 14, 16));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(660, 380);
        scroll.getStyleClass().add("rule-doc-scroll");
        pane.setContent(scroll);
        pane.setHeaderText(null);
        dialog.setResizable(true);
        Button copy = (Button) pane.lookupButton(COPY);
        copy.setId("rule-doc-copy");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            copy(view.plainText());
            e.consume();
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new javafx.scene.input.KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(view.plainText());
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            themeLike(owner.getScene(), pane);
        }
    }

    /** Shows the section of {@code ruleId}; does nothing if the docs have none. */
    static void show(Window owner, String ruleId) {
        RuleDocs.section(ruleId).ifPresent(text -> {
            RuleDocDialog doc = new RuleDocDialog(owner);
            doc.open(ruleId, text);
            doc.dialog.show();
        });
    }

    private void open(String ruleId, String markdown) {
        dialog.setTitle("About the rule " + ruleId);
        view.setMarkdown(markdown);
        scroll.setVvalue(0);
    }

    private void openAnchor(String anchor) {
        Optional<String> section = RuleDocs.section(anchor);
        section.ifPresent(text -> open(anchor, text));
    }

    /** The main window's stylesheets and its light or dark root class, which the dialog's own scene lacks. */
    private static void themeLike(Scene scene, Node pane) {
        Scene own = pane.getScene();
        if (own == null) {
            return;
        }
        own.getStylesheets().setAll(scene.getStylesheets());
        own.getRoot().getStyleClass().remove("dark");
        if (scene.getRoot().getStyleClass().contains("dark")) {
            own.getRoot().getStyleClass().add("dark");
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
