package dev.infradesigner.ui.canvas;

import dev.infradesigner.edit.Layout;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * A drag from a selected card: the selection (and what its servers host) follows the mouse as a preview,
 * snapping to the grid or to alignment guides (Alt drags freely), the server it would land in lit up; the
 * design changes once, on release. A click without a drag on one of several selected selects just it.
 */
final class SelectAndMoveGesture extends CanvasGesture {

    private final CanvasActions actions;
    private final AlignmentGuides guides;
    private final DropTarget dropTarget;
    private final String anchorId;
    private Set<String> moving = Set.of();
    private double lastDx;
    private double lastDy;

    /** @param anchorId the card pressed on, which the guides align and the grid snaps */
    SelectAndMoveGesture(DesignCanvas canvas, CanvasActions actions, AlignmentGuides guides, DropTarget dropTarget,
            String anchorId) {
        super(canvas);
        this.actions = actions;
        this.guides = guides;
        this.dropTarget = dropTarget;
        this.anchorId = anchorId;
    }

    @Override
    void dragStarted(MouseEvent e, Point2D local) {
        Design design = canvas.getDesign();
        List<String> ids = selectedComponents();
        moving = new HashSet<>(ids);
        for (String id : ids) {
            design.hostedOn(id).forEach(c -> moving.add(c.id()));
        }
        guides.start(design, moving, design.component(anchorId).map(Component::hostId).orElse(null));
    }

    @Override
    void dragged(MouseEvent e, Point2D local) {
        Design design = canvas.getDesign();
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        Component anchorComponent = design.component(anchorId).orElseThrow();
        Bounds anchor = anchorComponent.bounds();
        double x = anchor.x() + world.getX() - pressWorld().getX();
        double y = anchor.y() + world.getY() - pressWorld().getY();
        // Alt drags freely of the guides, as in draw.io.
        Point2D guided = e.isAltDown() ? new Point2D(Double.NaN, Double.NaN)
                : guides.snap(new Bounds(x, y, anchor.width(), anchor.height()));
        if (e.isAltDown()) {
            guides.hide();
        }
        lastDx = (Double.isNaN(guided.getX()) ? canvas.snap(x) : x + guided.getX()) - anchor.x();
        lastDy = (Double.isNaN(guided.getY()) ? canvas.snap(y) : y + guided.getY()) - anchor.y();
        canvas.layers().previewMove(design, moving, lastDx, lastDy);
        Node server = null;
        if (anchorComponent.kind().hostable()) {
            Optional<Component> under = Layout.serverAt(design, anchor.x() + anchor.width() / 2 + lastDx,
                    anchor.y() + anchor.height() / 2 + lastDy, moving);
            server = under.map(s -> canvas.skinOf(s.id())).orElse(null);
        }
        dropTarget.set(server);
    }

    @Override
    void dragEnded(MouseEvent e) {
        Set<String> moved = moving;
        moving = Set.of();
        guides.hide();
        canvas.layers().endPreview(moved);
        if (lastDx != 0 || lastDy != 0) {
            actions.move(selectedComponents(), lastDx, lastDy);
        }
    }

    @Override
    void clicked(MouseEvent e) {
        if (canvas.selection().snapshot().size() > 1) {
            canvas.selection().only(anchorId);
        }
    }

    @Override
    void cancelled(boolean wasDragging) {
        if (wasDragging) {
            canvas.layers().endPreview(moving);
        }
    }

    private List<String> selectedComponents() {
        Design design = canvas.getDesign();
        return canvas.selection().snapshot().stream().filter(i -> design.component(i).isPresent()).toList();
    }
}
