package dev.infradesigner.ui.find;

import dev.infradesigner.model.Design;
import dev.infradesigner.ui.canvas.DesignCanvas;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * The find bar (Edit ▸ Find, Ctrl+F) over the canvas's top right corner, as in draw.io or a browser: not a
 * dialog, so the design stays in view and usable. Typing counts the matches ({@link ComponentMatches});
 * Enter or F3 selects the next one and centres it on the canvas, Shift+Enter or Shift+F3 the previous;
 * Escape closes the bar and gives the keyboard back to the canvas. "No matches" is said in the bar.
 */
public final class FindBar extends HBox {

    private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

    private final DesignCanvas canvas;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<String> matches = List.of();
    private int index = -1;

    public FindBar(DesignCanvas canvas) {
        super(4);
        this.canvas = canvas;
        getStyleClass().add("find-bar");
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.setId("find-field");
        field.setPromptText("Find label, id, host name, address, kind");
        field.setPrefColumnCount(22);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.setMinWidth(USE_PREF_SIZE);
        Button previous = button("\u25b2", "find-previous", "Previous match (Shift+Enter, Shift+F3)");
        previous.setOnAction(e -> previous());
        Button next = button("\u25bc", "find-next", "Next match (Enter, F3)");
        next.setOnAction(e -> next());
        Button close = button("\u2715", "find-close", "Close (Escape)");
        close.setOnAction(e -> close());
        getChildren().addAll(field, count, previous, next, close);
        field.textProperty().addListener((obs, old, now) -> search());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.designProperty().addListener((obs, old, now) -> {
            if (isVisible()) {
                refresh(now);
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().addAll("flat", "find-button");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /** Shows the bar with its text selected, ready to type over (Ctrl+F). */
    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        search();
    }

    /** Hides the bar; the keyboard goes back to the canvas, the last match stays selected. */
    public void close() {
        canvas.requestFocus();
        setVisible(false);
        setManaged(false);
    }

    /** Selects and shows the next match (F3); opens the bar if it is closed and nothing was searched for. */
    public void next() {
        step(1);
    }

    /** Selects and shows the previous match (Shift+F3). */
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (!isVisible() || field.getText().isBlank()) {
            open();
            if (field.getText().isBlank()) {
                return;
            }
        }
        if (matches.isEmpty()) {
            showCount();
            return;
        }
        index = index < 0 ? (direction > 0 ? 0 : matches.size() - 1)
                : Math.floorMod(index + direction, matches.size());
        String id = matches.get(index);
        canvas.getDesign().component(id).ifPresent(c -> {
            canvas.selection().only(id);
            canvas.centreOn(c.bounds());
        });
        showCount();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
            step(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private void search() {
        matches = ComponentMatches.of(canvas.getDesign(), field.getText());
        index = -1;
        showCount();
    }

    /** The design changed under the bar: the matches again, the current one kept where it still matches. */
    private void refresh(Design design) {
        String current = index >= 0 && index < matches.size() ? matches.get(index) : null;
        matches = ComponentMatches.of(design, field.getText());
        index = current == null ? -1 : matches.indexOf(current);
        showCount();
    }

    private void showCount() {
        boolean blank = field.getText().isBlank();
        boolean none = !blank && matches.isEmpty();
        field.pseudoClassStateChanged(NO_MATCH, none);
        count.pseudoClassStateChanged(NO_MATCH, none);
        if (blank) {
            count.setText("");
        } else if (none) {
            count.setText("No matches");
        } else if (index < 0) {
            count.setText(matches.size() == 1 ? "1 match" : matches.size() + " matches");
        } else {
            count.setText((index + 1) + " of " + matches.size());
        }
    }

    /** What the bar says about the matches ("2 of 5", "No matches"). */
    public String countText() {
        return count.getText();
    }
}
