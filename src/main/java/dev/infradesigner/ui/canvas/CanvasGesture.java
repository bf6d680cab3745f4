package dev.infradesigner.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * One press-drag-release on the canvas, from the press that starts it to the release (or Escape) that
 * ends it. As in Gluon Scene Builder's gestures, each kind of drag is a class of its own holding only its
 * own state, and this base tells a click from a drag (a few pixels' slack), so a gesture says only what
 * it does on each step.
 */
abstract class CanvasGesture {

    private static final double DRAG_THRESHOLD = 3;

    final DesignCanvas canvas;
    private Point2D pressLocal;
    private Point2D pressWorld;
    private boolean dragging;

    CanvasGesture(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    /** Starts the gesture at a press: {@code local} in the canvas's coordinates, {@code world} in the design's. */
    final void press(MouseEvent e, Point2D local, Point2D world) {
        pressLocal = local;
        pressWorld = world;
        pressed(e);
    }

    /** Follows the mouse; nothing happens until it has moved past the slack. */
    final void drag(MouseEvent e, Point2D local) {
        if (!dragging && Math.hypot(local.getX() - pressLocal.getX(), local.getY() - pressLocal.getY())
                < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            dragStarted(e, local);
        }
        dragged(e, local);
    }

    final void release(MouseEvent e) {
        if (dragging) {
            dragEnded(e);
        } else {
            clicked(e);
        }
    }

    /** Escape: undoes what the gesture shows, changing nothing. */
    final void cancel() {
        cancelled(dragging);
        dragging = false;
    }

    final Point2D pressLocal() {
        return pressLocal;
    }

    final Point2D pressWorld() {
        return pressWorld;
    }

    void pressed(MouseEvent e) {
    }

    /** The first step past the slack, before {@link #dragged} is told of it too. */
    void dragStarted(MouseEvent e, Point2D local) {
    }

    abstract void dragged(MouseEvent e, Point2D local);

    abstract void dragEnded(MouseEvent e);

    /** Released without a drag. */
    void clicked(MouseEvent e) {
    }

    void cancelled(boolean wasDragging) {
    }
}
