package dev.infradesigner.ui;

import dev.infradesigner.ui.text.FullText;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The keyboard-shortcut sheet (F1): every shortcut of the editor on one page. The keys are never cut (the
 * sheet is as wide as they need); a description too long for its column wraps.
 */
final class ShortcutSheet {

    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save (Ctrl+Shift+S: save as)"},
            new String[] {"Ctrl+E", "Export configuration (HAProxy, Nginx, ufw, MySQL, keepalived, monitoring)"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / redo"},
            new String[] {"Ctrl+X / Ctrl+C / Ctrl+V", "Cut, copy, paste"},
            new String[] {"Ctrl+D", "Duplicate the selection"},
            new String[] {"Delete", "Delete the selection (with its links)"},
            new String[] {"F2, double-click", "Rename in place"},
            new String[] {"Ctrl+A, Escape", "Select all, clear the selection"},
            new String[] {"Ctrl+F", "Find by label, id, host name, address or kind"},
            new String[] {"Enter / F3, Shift+Enter / Shift+F3", "Next, previous match (Escape closes the find bar)"},
            new String[] {"Shift+click, drag on empty canvas", "Add to the selection, rubber band"},
            new String[] {"Arrow keys (Shift: bigger steps)", "Nudge the selection"},
            new String[] {"Drag from a card's right-edge dot", "Link two components"},
            new String[] {"Ctrl+wheel, Ctrl+plus / minus", "Zoom at the pointer, zoom in / out"},
            new String[] {"Ctrl+1, Ctrl+0 or Ctrl+Shift+H", "Actual size, fit the design"},
            new String[] {"Ctrl+Shift+2", "Zoom to the selection"},
            new String[] {"Ctrl+Shift+O", "Overview on / off (click or drag in it to pan)"},
            new String[] {"Drag (Alt: no guides)", "Snap to other cards' edges and centres, equal gaps"},
            new String[] {"Arrange menu", "Align left / centre / right / top / middle / bottom, distribute"},
            new String[] {"Wheel, space+drag, middle-drag", "Pan"},
            new String[] {"Ctrl+Shift+G", "Snap to grid on / off"},
            new String[] {"Ctrl+Shift+L", "Tidy Up: lay out the selection, or the whole design"},
            new String[] {"Right-click \u25b8 Simulate Failure", "What-if: mark servers or components failed"},
            new String[] {"F1", "This sheet"});

    private static final double DESCRIPTION_WIDTH = 400;

    private ShortcutSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label keys = FullText.tipWhenCut(new Label(s[0]));
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = FullText.tipWhenCut(new Label(s[1]));
            what.setWrapText(true);
            what.setPrefWidth(DESCRIPTION_WIDTH);
            what.setMinWidth(DESCRIPTION_WIDTH);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, what);
        }
        Alert sheet = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Keyboard shortcuts");
        sheet.getDialogPane().setContent(grid);
        sheet.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        sheet.setResizable(true);
        sheet.getDialogPane().setId("shortcut-sheet");
        sheet.show();
    }
}
