package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * The bends of a link a person edits: double-clicking a link adds a bend there; the selected link shows a
 * handle on each of its bends, which a drag moves (one step on release) and a double-click removes. The
 * handles sit in the canvas's overlay, the same size at every zoom; while one is dragged only its link is
 * rerouted, as a preview, and the design changes on release.
 */
final class WaypointHandles {

    /** The style class of a handle (tests find them by it). */
    static final String HANDLE = "waypoint-handle";
    private static final double SIZE = 9;
    private static final double DRAG_THRESHOLD = 3;

    private final DesignCanvas canvas;
    private final CanvasActions actions;
    private final List<Rectangle> handles = new ArrayList<>();
    private String linkId;
    private int dragged = -1;
    private double pressX;
    private double pressY;
    private boolean moved;

    WaypointHandles(DesignCanvas canvas, CanvasActions actions) {
        this.canvas = canvas;
        this.actions = actions;
        canvas.selection().ids().addListener((SetChangeListener<String>) change -> refresh());
        canvas.designProperty().addListener((obs, old, now) -> refresh());
        canvas.viewAreaProperty().addListener((obs, old, now) -> place());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    /** Double-click on a link: a bend there. */
    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || e.isConsumed()) {
            return;
        }
        Design d = canvas.getDesign();
        String id = ElementSkin.idAt(e.getPickResult().getIntersectedNode());
        if (d == null || id == null || d.link(id).isEmpty()) {
            return;
        }
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        actions.addWaypoint(id, canvas.snap(world.getX()), canvas.snap(world.getY()));
        e.consume();
    }

    /** Shows the handles of the one selected link, if it has bends. */
    private void refresh() {
        Design d = canvas.getDesign();
        List<String> selected = canvas.selection().snapshot();
        Link link = d == null || selected.size() != 1 ? null : d.link(selected.iterator().next()).orElse(null);
        int wanted = link == null ? 0 : link.waypoints().size();
        linkId = link == null ? null : link.id();
        while (handles.size() > wanted) {
            canvas.overlay().getChildren().remove(handles.remove(handles.size() - 1));
        }
        while (handles.size() < wanted) {
            handles.add(handle(handles.size()));
        }
        place();
    }

    private Rectangle handle(int index) {
        Rectangle r = new Rectangle(SIZE, SIZE);
        r.getStyleClass().add(HANDLE);
        r.setManaged(false);
        r.setCursor(Cursor.MOVE);
        r.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragged = index;
                pressX = e.getSceneX();
                pressY = e.getSceneY();
                moved = false;
                canvas.requestFocus();
            }
            e.consume();
        });
        r.setOnMouseDragged(e -> {
            if (dragged == index) {
                drag(e);
            }
            e.consume();
        });
        r.setOnMouseReleased(e -> {
            if (dragged == index) {
                drop(e);
            }
            e.consume();
        });
        r.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && linkId != null) {
                actions.removeWaypoint(linkId, index);
            }
            e.consume();
        });
        canvas.overlay().getChildren().add(r);
        return r;
    }

    private void drag(MouseEvent e) {
        if (!moved && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        Design d = canvas.getDesign();
        Link link = linkId == null ? null : d.link(linkId).orElse(null);
        if (link == null || dragged >= link.waypoints().size()) {
            return;
        }
        Point at = at(e);
        List<Point> waypoints = new ArrayList<>(link.waypoints());
        waypoints.set(dragged, at);
        Point2D local = canvas.toLocal(at.x(), at.y());
        handles.get(dragged).relocate(local.getX() - SIZE / 2, local.getY() - SIZE / 2);
        if (canvas.layers().skin(linkId) instanceof LinkSkin skin) {
            skin.update(canvas.layers().routes().reshaped(d, link, waypoints));
        }
    }

    private void drop(MouseEvent e) {
        int index = dragged;
        dragged = -1;
        if (!moved || linkId == null) {
            return;
        }
        Point at = at(e);
        actions.moveWaypoint(linkId, index, at.x(), at.y());
    }

    private Point at(MouseEvent e) {
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        return new Point(canvas.snap(world.getX()), canvas.snap(world.getY()));
    }

    /** Puts each handle over its bend, where the view shows it now. */
    private void place() {
        Design d = canvas.getDesign();
        Link link = d == null || linkId == null ? null : d.link(linkId).orElse(null);
        for (int i = 0; i < handles.size(); i++) {
            if (link == null || i >= link.waypoints().size()) {
                continue;
            }
            Point p = link.waypoints().get(i);
            Point2D local = canvas.toLocal(p.x(), p.y());
            handles.get(i).relocate(local.getX() - SIZE / 2, local.getY() - SIZE / 2);
        }
    }
}
