package dev.infradesigner.ui.canvas;

import dev.infradesigner.edit.SegmentMove;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * A press on a link's line (not on a bend's handle) that drags the segment under it, as in draw.io: a
 * person bends a link where it runs, not only at bends they first have to add. While the mouse moves only
 * this link is rerouted, as a preview; the release is one step, Escape puts the link back, and a click
 * without a drag has only selected the link.
 */
final class SegmentGesture extends CanvasGesture {

    private final CanvasActions actions;
    private final String linkId;
    private List<Point> route;
    private int segment;
    private List<Point> waypoints;

    SegmentGesture(DesignCanvas canvas, CanvasActions actions, String linkId) {
        super(canvas);
        this.actions = actions;
        this.linkId = linkId;
    }

    @Override
    void pressed(MouseEvent e) {
        if (canvas.layers().skin(linkId) instanceof LinkSkin skin && skin.points().size() >= 2) {
            route = skin.points();
            segment = SegmentMove.nearest(route, pressWorld().getX(), pressWorld().getY());
        }
    }

    @Override
    void dragged(MouseEvent e, Point2D local) {
        Design d = canvas.getDesign();
        Link link = d == null ? null : d.link(linkId).orElse(null);
        if (route == null || link == null) {
            return;
        }
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        double dx = canvas.snap(world.getX() - pressWorld().getX());
        double dy = canvas.snap(world.getY() - pressWorld().getY());
        waypoints = SegmentMove.moved(route, link.waypoints(), segment, dx, dy);
        if (canvas.layers().skin(linkId) instanceof LinkSkin skin) {
            skin.update(canvas.layers().routes().reshaped(d, link, waypoints));
        }
    }

    @Override
    void dragEnded(MouseEvent e) {
        Design d = canvas.getDesign();
        Link link = d == null ? null : d.link(linkId).orElse(null);
        if (link == null || waypoints == null || waypoints.equals(link.waypoints())) {
            restore();
            return;
        }
        actions.reshapeLink(linkId, waypoints);
        if (canvas.getDesign() == d) {
            restore(); // refused (too many bends): the link as it was
        }
    }

    @Override
    void cancelled(boolean wasDragging) {
        if (wasDragging) {
            restore();
        }
    }

    /** The link drawn along its own route again. */
    private void restore() {
        Design d = canvas.getDesign();
        Link link = d == null ? null : d.link(linkId).orElse(null);
        if (link != null && canvas.layers().skin(linkId) instanceof LinkSkin skin) {
            skin.update(canvas.layers().routes().routed(d, link, LinkSkin.text(link)));
        }
    }
}
