package dev.infradesigner.ui.canvas;

import dev.infradesigner.edit.Layout;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * A drag from a card's connector: a line follows the mouse, the card under it lights up, and releasing
 * there links the two (or says, in a toast, why such a link is refused).
 */
final class LinkGesture extends CanvasGesture {

    private final CanvasActions actions;
    private final DropTarget dropTarget;
    private final CanvasToast toast;
    private final String from;
    private final Line preview = new Line();

    LinkGesture(DesignCanvas canvas, CanvasActions actions, DropTarget dropTarget, CanvasToast toast, String from) {
        super(canvas);
        this.actions = actions;
        this.dropTarget = dropTarget;
        this.toast = toast;
        this.from = from;
        preview.getStyleClass().add("link-preview");
        preview.setMouseTransparent(true);
    }

    @Override
    void dragStarted(MouseEvent e, Point2D local) {
        Bounds source = canvas.getDesign().component(from).orElseThrow().bounds();
        Point2D start = canvas.toLocal(source.maxX(), source.y() + source.height() / 2);
        preview.setStartX(start.getX());
        preview.setStartY(start.getY());
        canvas.overlay().getChildren().add(preview);
    }

    @Override
    void dragged(MouseEvent e, Point2D local) {
        preview.setEndX(local.getX());
        preview.setEndY(local.getY());
        dropTarget.set(target(e).map(t -> canvas.skinOf(t.id())).orElse(null));
    }

    @Override
    void dragEnded(MouseEvent e) {
        canvas.overlay().getChildren().remove(preview);
        Optional<Component> target = target(e);
        if (target.isPresent()) {
            Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            actions.connect(from, target.get().id())
                    .ifPresent(message -> toast.show(message, local.getX(), local.getY()));
        }
    }

    @Override
    void cancelled(boolean wasDragging) {
        canvas.overlay().getChildren().remove(preview);
    }

    /** The component under the mouse, other than the one the link starts from. */
    private Optional<Component> target(MouseEvent e) {
        Design design = canvas.getDesign();
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        return Layout.componentAt(design, world.getX(), world.getY()).filter(t -> !t.id().equals(from));
    }
}
