package dev.infradesigner.ui.canvas;

import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Middle-drag or space-drag: the view follows the hand, the design stays put. */
final class PanGesture extends CanvasGesture {

    private final BooleanSupplier spaceDown;
    private Point2D last;

    /** @param spaceDown whether space is held now, so the cursor after the drag says whether another may start */
    PanGesture(DesignCanvas canvas, BooleanSupplier spaceDown) {
        super(canvas);
        this.spaceDown = spaceDown;
    }

    @Override
    void pressed(MouseEvent e) {
        last = pressLocal();
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    void dragged(MouseEvent e, Point2D local) {
        canvas.panBy(local.getX() - last.getX(), local.getY() - last.getY());
        last = local;
    }

    @Override
    void dragEnded(MouseEvent e) {
        restoreCursor();
    }

    @Override
    void clicked(MouseEvent e) {
        restoreCursor();
    }

    private void restoreCursor() {
        canvas.setCursor(spaceDown.getAsBoolean() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
}
