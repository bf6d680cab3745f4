package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * A drag from empty canvas: a band that selects the components wholly inside it, added to the selection
 * with Shift or the shortcut key, in its place otherwise.
 */
final class RubberBandGesture extends CanvasGesture {

    private final Rectangle band = new Rectangle();

    RubberBandGesture(DesignCanvas canvas) {
        super(canvas);
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
    }

    /** A press on empty canvas already clears the selection, unless it adds to it. */
    @Override
    void pressed(MouseEvent e) {
        if (!additive(e)) {
            canvas.selection().clear();
        }
    }

    @Override
    void dragStarted(MouseEvent e, Point2D local) {
        canvas.overlay().getChildren().add(band);
    }

    @Override
    void dragged(MouseEvent e, Point2D local) {
        Point2D from = pressLocal();
        band.setX(Math.min(from.getX(), local.getX()));
        band.setY(Math.min(from.getY(), local.getY()));
        band.setWidth(Math.abs(local.getX() - from.getX()));
        band.setHeight(Math.abs(local.getY() - from.getY()));
    }

    @Override
    void dragEnded(MouseEvent e) {
        canvas.overlay().getChildren().remove(band);
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        Point2D from = pressWorld();
        double minX = Math.min(world.getX(), from.getX());
        double minY = Math.min(world.getY(), from.getY());
        double maxX = Math.max(world.getX(), from.getX());
        double maxY = Math.max(world.getY(), from.getY());
        List<String> inside = new ArrayList<>();
        for (Component c : canvas.getDesign().components()) {
            Bounds b = c.bounds();
            if (b.x() >= minX && b.y() >= minY && b.maxX() <= maxX && b.maxY() <= maxY) {
                inside.add(c.id());
            }
        }
        if (additive(e)) {
            canvas.selection().addAll(inside);
        } else {
            canvas.selection().set(inside);
        }
    }

    @Override
    void cancelled(boolean wasDragging) {
        canvas.overlay().getChildren().remove(band);
    }

    private static boolean additive(MouseEvent e) {
        return e.isShiftDown() || e.isShortcutDown();
    }
}
