package dev.infradesigner.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message shown on the canvas where the user is looking (a refused link), gone after a few seconds. */
final class CanvasToast {

    private final DesignCanvas canvas;
    private final Label label = new Label();
    private final PauseTransition timer = new PauseTransition(Duration.seconds(4));

    CanvasToast(DesignCanvas canvas) {
        this.canvas = canvas;
        label.setId("canvas-toast");
        label.getStyleClass().add("canvas-toast");
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.setMouseTransparent(true);
        timer.setOnFinished(e -> hide());
    }

    /** Shows {@code message} near the point (x, y) of the canvas control. */
    void show(String message, double x, double y) {
        label.setText(message);
        if (!canvas.overlay().getChildren().contains(label)) {
            canvas.overlay().getChildren().add(label);
        }
        label.applyCss();
        label.autosize();
        double w = Math.min(360, label.prefWidth(-1));
        double h = label.prefHeight(w);
        double left = Math.max(8, Math.min(x + 14, canvas.viewWidth() - w - 8));
        double top = Math.max(8, Math.min(y + 14, canvas.viewHeight() - h - 8));
        label.resizeRelocate(left, top, w, h);
        timer.playFromStart();
    }

    void hide() {
        canvas.overlay().getChildren().remove(label);
    }

    boolean showing() {
        return canvas.overlay().getChildren().contains(label);
    }
}
