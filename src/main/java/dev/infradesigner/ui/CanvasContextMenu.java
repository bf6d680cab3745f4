package dev.infradesigner.ui;

import dev.infradesigner.ui.canvas.DesignCanvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's right-click menu: the Edit menu's actions where the mouse is. */
final class CanvasContextMenu {

    private CanvasContextMenu() {
    }

    static void install(DesignCanvas canvas, EditCommands edit) {
        ContextMenu menu = new ContextMenu();
        menu.setId("canvas-context-menu");
        var none = canvas.actions().nothingSelected();
        var rename = AppMenus.item("Rename", "F2", "ctx-rename", edit::rename);
        var cut = AppMenus.item("Cut", "Shortcut+X", "ctx-cut", edit::cut);
        var copy = AppMenus.item("Copy", "Shortcut+C", "ctx-copy", edit::copy);
        var paste = AppMenus.item("Paste", "Shortcut+V", "ctx-paste", edit::paste);
        var duplicate = AppMenus.item("Duplicate", "Shortcut+D", "ctx-duplicate", edit::duplicate);
        var delete = AppMenus.item("Delete", "Delete", "ctx-delete", edit::delete);
        rename.disableProperty().bind(none);
        cut.disableProperty().bind(none);
        copy.disableProperty().bind(none);
        duplicate.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        paste.disableProperty().bind(canvas.actions().clipboardEmpty());
        var fail = AppMenus.item("Simulate Failure", null, "ctx-simulate-failure", canvas.actions()::toggleFailure);
        fail.disableProperty().bind(none);
        var endSimulation = AppMenus.item("End Failure Simulation", null, "ctx-end-simulation",
                canvas.actions()::endSimulation);
        endSimulation.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(canvas.simulatedFailures()));
        var straighten = AppMenus.item("Straighten Link", null, "ctx-straighten-link",
                canvas.actions()::straightenLinks);
        straighten.disableProperty().bind(canvas.actions().nothingToStraighten());
        menu.getItems().addAll(fail, endSimulation, new SeparatorMenuItem(), straighten, new SeparatorMenuItem());
        menu.getItems().addAll(rename, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                new SeparatorMenuItem(), AppMenus.item("Select All", "Shortcut+A", "ctx-select-all", edit::selectAll));
        // The mouse opens it on the secondary button (the gestures select what is under it first); the
        // keyboard's context-menu key opens it too.
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            menu.hide();
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                menu.show(canvas, e.getScreenX(), e.getScreenY());
            }
        });
    }
}
