package dev.infradesigner.ui.inspector;

import dev.infradesigner.ui.text.FullText;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A component offered by a reference field (a replica's source, a DNS record's target): its label, as people
 * know it, with its id in small type; the drop-downs listed bare ids ("database-1") before.
 */
final class ChoiceCell extends ListCell<String> {

    private final Function<String, String> labelOf;

    ChoiceCell(Function<String, String> labelOf) {
        this.labelOf = labelOf;
        FullText.tipWhenCut(this);
    }

    @Override
    protected void updateItem(String id, boolean empty) {
        super.updateItem(id, empty);
        if (empty || id == null) {
            setText(null);
            setGraphic(null);
        } else if (id.equals("(none)")) {
            setText(id);
            setGraphic(null);
        } else {
            Label name = new Label(labelOf.apply(id));
            name.getStyleClass().add("choice-label");
            name.setMinWidth(0);
            FullText.tipWhenCut(name);
            Label small = FullText.tipWhenCut(new Label(id));
            small.getStyleClass().add("choice-id");
            small.setMinWidth(0);
            HBox both = new HBox(6, name, small);
            both.setAlignment(Pos.BASELINE_LEFT);
            setText(null);
            setGraphic(both);
        }
    }
}
