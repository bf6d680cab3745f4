package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Renames a component where it is drawn: a text field over its label; Enter keeps, Escape cancels. */
final class InPlaceRename {

    private final DesignCanvas canvas;
    private final CanvasActions actions;
    private TextField field;
    private String editing;

    InPlaceRename(DesignCanvas canvas, CanvasActions actions) {
        this.canvas = canvas;
        this.actions = actions;
    }

    void start(String id) {
        Component c = canvas.getDesign().component(id).orElse(null);
        if (c == null) {
            return;
        }
        finish(false);
        canvas.reveal(c.bounds());
        editing = id;
        Bounds b = c.bounds();
        Point2D topLeft = canvas.toLocal(b.x(), b.y());
        double zoom = canvas.zoomProperty().get();
        field = new TextField(c.label());
        field.setId("rename-field");
        field.getStyleClass().add("rename-field");
        double width = Math.max(140, b.width() * zoom);
        field.resizeRelocate(topLeft.getX(), topLeft.getY() + Math.max(0, (b.height() * zoom - 30) / 2), width, 30);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finish(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finish(false);
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                finish(true);
            }
        });
        canvas.overlay().getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    boolean active() {
        return field != null;
    }

    void finish(boolean keep) {
        TextField f = field;
        String id = editing;
        if (f == null) {
            return;
        }
        field = null;
        editing = null;
        canvas.overlay().getChildren().remove(f);
        if (keep) {
            Component c = canvas.getDesign().component(id).orElse(null);
            if (c != null && !c.label().equals(f.getText().strip())) {
                actions.renameTo(id, f.getText());
            }
        }
        canvas.requestFocus();
    }
}
