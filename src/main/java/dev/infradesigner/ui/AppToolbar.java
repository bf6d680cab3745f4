package dev.infradesigner.ui;

import dev.infradesigner.ui.canvas.DesignCanvas;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar: the commands used most, each with an icon and a tooltip naming its shortcut. */
final class AppToolbar {

    private AppToolbar() {
    }

    static ToolBar build(FileActions files, DocumentViewModel document, EditCommands edit, DesignCanvas canvas,
            BooleanProperty darkTheme) {
        Button undo = button("fth-rotate-ccw", "Undo (Ctrl+Z)", "tool-undo", edit::undo);
        undo.disableProperty().bind(document.undoTextProperty().isEmpty());
        Button redo = button("fth-rotate-cw", "Redo (Ctrl+Shift+Z)", "tool-redo", edit::redo);
        redo.disableProperty().bind(document.redoTextProperty().isEmpty());
        Button delete = button("fth-trash-2", "Delete selection (Delete)", "tool-delete", edit::delete);
        delete.disableProperty().bind(canvas.actions().nothingSelected());
        ToggleButton snap = toggle("fth-grid", "Snap to grid (Ctrl+Shift+G)", "tool-snap");
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        ToggleButton dark = toggle("fth-moon", "Dark theme", "tool-dark");
        dark.selectedProperty().bindBidirectional(darkTheme);
        ToolBar bar = new ToolBar(
                button("fth-file-plus", "New design (Ctrl+N)", "tool-new", files::newDesign),
                button("fth-folder", "Open a design (Ctrl+O)", "tool-open", files::openWithChooser),
                button("fth-save", "Save (Ctrl+S)", "tool-save", files::save),
                new Separator(), undo, redo, delete, new Separator(),
                button("fth-zoom-out", "Zoom out (Ctrl+-)", "tool-zoom-out", canvas::zoomOut),
                button("fth-zoom-in", "Zoom in (Ctrl++)", "tool-zoom-in", canvas::zoomIn),
                button("fth-maximize", "Fit the design in the window (Ctrl+0)", "tool-fit", canvas::zoomToFit),
                new Separator(), snap, dark);
        bar.getStyleClass().add("app-toolbar");
        return bar;
    }

    private static Button button(String icon, String tip, String id, Runnable action) {
        Button button = new Button();
        decorate(button, icon, tip, id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ToggleButton toggle(String icon, String tip, String id) {
        ToggleButton button = new ToggleButton();
        decorate(button, icon, tip, id);
        return button;
    }

    private static void decorate(ButtonBase button, String icon, String tip, String id) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("tool-icon");
        button.setGraphic(glyph);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("flat");
        button.setFocusTraversable(false);
    }
}
