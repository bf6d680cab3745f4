package dev.infradesigner.ui.inspector;

import dev.infradesigner.edit.InspectorModel;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Link;
import dev.infradesigner.ui.canvas.Selection;
import dev.infradesigner.ui.text.FullText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the view of an {@link InspectorModel}, with a typed editor per field. It is built
 * for the current selection only, and rebuilt when the selection or the selected elements change. With
 * several components of one kind selected it edits the settings they share (a mixed value shows empty).
 */
public final class Inspector extends ScrollPane {

    private final Selection selection;
    private final Performer performer;
    private final ObservableValue<Design> design;
    private final VBox content = new VBox(10);
    private List<Object> shown = List.of();
    /** The editors on show by field key, and what they were built for (see {@link #shape}). */
    private final Map<String, FieldEditor> editors = new HashMap<>();
    /** The model the editors edit now (replaced on each refresh, so edits apply to the latest fields). */
    private InspectorModel model;
    private String builtShape = "";
    private String shownOffer = "";

    public Inspector(Selection selection, Performer performer, ObservableValue<Design> design) {
        this.selection = selection;
        this.performer = performer;
        this.design = design;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("inspector-content");
        content.setPadding(new Insets(12));
        setContent(content);
        selection.ids().addListener((SetChangeListener<String>) c -> rebuild(false));
        design.addListener((obs, old, now) -> rebuild(true));
        rebuild(false);
    }

    private void rebuild(boolean onlyIfChanged) {
        Design d = design.getValue();
        if (d == null) {
            return;
        }
        InspectorModel next = InspectorModel.of(d, selection.snapshot());
        List<Object> now = next.elements();
        // The same elements show the same form, unless an offer depends on links around them.
        if (onlyIfChanged && !now.isEmpty() && now.equals(shown) && offerKey(d, now).equals(shownOffer)) {
            return;
        }
        shownOffer = offerKey(d, now);
        if (onlyIfChanged && refreshInPlace(d, next)) {
            shown = now;
            return;
        }
        String focused = focusedField();
        shown = now;
        content.getChildren().clear();
        editors.clear();
        model = next;
        builtShape = "";
        title(next.title());
        if (next.editable()) {
            buildEditors(d, next);
        }
        Optional<Component> single = next.single();
        if (single.isPresent() && next.editable()) {
            HttpsHints.offer(d, single.get(), performer).ifPresent(content.getChildren()::add);
        }
        if (focused != null) {
            Node again = content.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    /**
     * Shows the new values in the editors already built, when the selection still has the same editors
     * (same elements, same fields, same choices, same heading): no controls are made, so an edit costs a
     * few value changes instead of a whole new form.
     */
    private boolean refreshInPlace(Design d, InspectorModel next) {
        if (builtShape.isEmpty() || !next.editable() || !shape(d, next).equals(builtShape)) {
            return false;
        }
        model = next;
        if (next.elements().isEmpty() && content.lookup(".inspector-hint") instanceof Label hint) {
            hint.setText(next.title().hint());
        }
        for (InspectorModel.Field f : next.fields()) {
            if (!f.isSection()) {
                editors.get(f.key()).show(f.field().value(), f.mixed());
            }
        }
        showNotes(next.elements());
        return true;
    }

    /** What decides whether the one component selected is offered its users' links on HTTPS. */
    private static String offerKey(Design d, List<Object> now) {
        return now.size() == 1 && now.get(0) instanceof Component c
                ? HttpsHints.switchable(d, c).stream().map(Link::id).toList().toString() : "";
    }

    /** The notes under fields of the one component selected: what HTTPS still lacks (see {@link HttpsHints}). */
    private void showNotes(List<Object> now) {
        Map<String, String> notes = now.size() == 1 && now.get(0) instanceof Component c ? HttpsHints.notes(c) : Map.of();
        editors.forEach((key, editor) -> editor.note(notes.get(key)));
    }

    /** What decides which editors exist: the model's shape and the HTTPS offer. */
    private static String shape(Design d, InspectorModel m) {
        return m.shape() + "|offer=" + offerKey(d, m.elements());
    }

    private String focusedField() {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return null;
        }
        Node focus = getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == this) {
                return focus.getId();
            }
        }
        return null;
    }

    private void title(InspectorModel.Title title) {
        Label h = new Label(title.heading());
        h.getStyleClass().add("inspector-title");
        h.setId("inspector-title");
        h.setWrapText(true);
        Label text = new Label(title.hint());
        text.setWrapText(true);
        text.getStyleClass().add("inspector-hint");
        content.getChildren().addAll(h, text);
    }

    /** Builds the editors of the model's fields in a grid, and remembers them for refreshing in place. */
    private void buildEditors(Design d, InspectorModel m) {
        GridPane grid = grid();
        int row = 0;
        for (InspectorModel.Field f : m.fields()) {
            if (f.isSection()) {
                Label section = FullText.tipWhenCut(new Label(f.name()));
                section.getStyleClass().add("inspector-section");
                grid.add(section, 0, row++, 2, 1);
                continue;
            }
            row = add(grid, row, f);
        }
        content.getChildren().add(grid);
        builtShape = shape(d, m);
        showNotes(m.elements());
    }

    private Optional<String> apply(Function<Design, Outcome> edit) {
        try {
            return performer.perform(edit, null).refusal();
        } catch (InvalidDesignException e) {
            return Optional.of(e.violations().get(0).message());
        }
    }

    private int add(GridPane grid, int row, InspectorModel.Field field) {
        String key = field.key();
        FieldEditor editor = new FieldEditor(key, field.field(), field.mixed(), field.choices(),
                id -> InspectorModel.labelOf(design.getValue(), id),
                value -> apply(dd -> model.edit(key, value).apply(dd)),
                value -> model.check(design.getValue(), key, value));
        editors.put(key, editor);
        Label label = new Label(field.name());
        label.getStyleClass().add("inspector-label");
        // A long name ("Redirect HTTP to HTTPS") wraps in its column; a tooltip if even that cannot hold it.
        label.setWrapText(true);
        FullText.tipWhenCut(label);
        label.setLabelFor(editor.control());
        grid.add(label, 0, row);
        grid.add(editor.control(), 1, row);
        grid.add(editor.error(), 1, row + 1);
        return row + 2;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        // The names take two fifths: wide enough for most on one line, the rest wrap; before, the editors
        // took what they liked and the names were cut ("Interval se...").
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(40);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setPercentWidth(60);
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, editors);
        return grid;
    }
}
