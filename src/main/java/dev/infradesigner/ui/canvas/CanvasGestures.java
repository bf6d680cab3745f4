package dev.infradesigner.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The canvas's mouse and keyboard. A press chooses which {@link CanvasGesture} it starts (a pan, a rubber
 * band, a move, a new link, a link's segment dragged) and the drag and release go to that gesture alone;
 * clicks that only select,
 * double-click to rename, Ctrl+wheel to zoom, wheel to pan, arrow keys to nudge, Delete, F2 and Escape are
 * handled here.
 */
final class CanvasGestures {

    private final DesignCanvas canvas;
    private final CanvasActions actions;
    private final InPlaceRename rename;
    private final CanvasToast toast;
    private final AlignmentGuides guides;
    private final DropTarget dropTarget = new DropTarget();
    private CanvasGesture gesture;
    private boolean spaceDown;

    CanvasGestures(DesignCanvas canvas, CanvasActions actions, InPlaceRename rename, CanvasToast toast) {
        this.canvas = canvas;
        this.actions = actions;
        this.rename = rename;
        this.toast = toast;
        this.guides = new AlignmentGuides(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                String id = ElementSkin.idAt(e.getPickResult().getIntersectedNode());
                if (id != null && canvas.getDesign().component(id).isPresent()) {
                    rename.start(id);
                }
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                canvas.setCursor(Cursor.DEFAULT);
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (rename.active()) {
            rename.finish(true);
        }
        canvas.requestFocus();
        actions.breakMerge();
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY
                && e.getButton() != MouseButton.MIDDLE) {
            return; // another button while one is held changes nothing
        }
        gesture = choose(e);
        if (gesture != null) {
            gesture.press(e, canvas.sceneToLocal(e.getSceneX(), e.getSceneY()),
                    canvas.toWorld(e.getSceneX(), e.getSceneY()));
        }
    }

    /** The gesture a press starts, or {@code null} when it only selects (or does nothing). */
    private CanvasGesture choose(MouseEvent e) {
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            return new PanGesture(canvas, () -> spaceDown);
        }
        Node target = e.getPickResult().getIntersectedNode();
        String id = ElementSkin.idAt(target);
        if (e.getButton() == MouseButton.SECONDARY) {
            if (id != null && !canvas.selection().contains(id)) {
                canvas.selection().only(id);
            }
            return null;
        }
        if (id != null && ElementSkin.isConnector(target)) {
            return new LinkGesture(canvas, actions, dropTarget, toast, id);
        }
        String server = serverConnectorAt(e);
        if (server != null) {
            return new LinkGesture(canvas, actions, dropTarget, toast, server);
        }
        if (id == null) {
            return new RubberBandGesture(canvas);
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            canvas.selection().toggle(id);
            return null;
        }
        if (!canvas.selection().contains(id)) {
            canvas.selection().only(id);
        }
        if (canvas.getDesign().component(id).isPresent()) {
            return new SelectAndMoveGesture(canvas, actions, guides, dropTarget, id);
        }
        return canvas.getDesign().link(id).isPresent() ? new SegmentGesture(canvas, actions, id) : null;
    }

    /**
     * The server whose connector is under the press. Servers lie under the links, so a cable drawn from one
     * server may cover the next one's connector; the connector still wins, as the card's does.
     */
    private String serverConnectorAt(MouseEvent e) {
        javafx.geometry.Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        double reach = 7 / canvas.zoomProperty().get();
        for (dev.infradesigner.model.Component s : canvas.getDesign().componentsOf(
                dev.infradesigner.model.ComponentKind.SERVER)) {
            double dx = world.getX() - s.bounds().maxX();
            double dy = world.getY() - (s.bounds().y() + dev.infradesigner.edit.ServerGrid.HEADER / 2);
            if (dx * dx + dy * dy <= reach * reach) {
                return s.id();
            }
        }
        return null;
    }

    private void dragged(MouseEvent e) {
        if (gesture != null) {
            gesture.drag(e, canvas.sceneToLocal(e.getSceneX(), e.getSceneY()));
        }
    }

    private void released(MouseEvent e) {
        CanvasGesture was = gesture;
        gesture = null;
        dropTarget.set(null);
        if (was != null) {
            was.release(e);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            double factor = e.getDeltaY() > 0 ? 1.1 : e.getDeltaY() < 0 ? 1 / 1.1 : 1;
            canvas.zoomAt(factor, local.getX(), local.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.panBy(e.getDeltaY(), 0);
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (rename.active()) {
            return;
        }
        double step = e.isShiftDown() ? DesignCanvas.GRID * 4 : canvas.snapToGridProperty().get() ? DesignCanvas.GRID : 1;
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                if (!(gesture instanceof PanGesture)) {
                    canvas.setCursor(Cursor.OPEN_HAND);
                }
            }
            case LEFT -> actions.nudge(-step, 0);
            case RIGHT -> actions.nudge(step, 0);
            case UP -> actions.nudge(0, -step);
            case DOWN -> actions.nudge(0, step);
            case DELETE, BACK_SPACE -> actions.delete();
            case F2 -> actions.rename();
            case ESCAPE -> cancel();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void cancel() {
        if (gesture != null) {
            gesture.cancel();
            gesture = null;
        }
        guides.hide();
        dropTarget.set(null);
        toast.hide();
        canvas.selection().clear();
    }
}
