package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Layout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The canvas's mouse and keyboard: click and shift-click to select, rubber band, drag to move (one step
 * when released), drag from a connector to link, double-click to rename, Ctrl+wheel to zoom, wheel,
 * middle-drag or space-drag to pan, arrow keys to nudge, Delete, F2, Escape.
 */
final class CanvasGestures {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final double DRAG_THRESHOLD = 3;

    private enum Mode { NONE, PAN, MOVE, BAND, LINK }

    private final DesignCanvas canvas;
    private final CanvasActions actions;
    private final InPlaceRename rename;
    private final CanvasToast toast;
    private final Rectangle band = new Rectangle();
    private final Line linkPreview = new Line();
    private final AlignmentGuides guides;
    private Mode mode = Mode.NONE;
    private boolean spaceDown;
    private double pressX;
    private double pressY;
    private Point2D pressWorld;
    private boolean dragging;
    private Set<String> moving = Set.of();
    private String anchorId;
    private String linkFrom;
    private Node highlighted;
    private double lastDx;
    private double lastDy;

    CanvasGestures(DesignCanvas canvas, CanvasActions actions, InPlaceRename rename, CanvasToast toast) {
        this.canvas = canvas;
        this.actions = actions;
        this.rename = rename;
        this.toast = toast;
        this.guides = new AlignmentGuides(canvas);
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        linkPreview.getStyleClass().add("link-preview");
        linkPreview.setMouseTransparent(true);
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
        Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        pressX = local.getX();
        pressY = local.getY();
        pressWorld = canvas.toWorld(e.getSceneX(), e.getSceneY());
        dragging = false;
        Node target = e.getPickResult().getIntersectedNode();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        String id = ElementSkin.idAt(target);
        if (e.getButton() == MouseButton.SECONDARY) {
            if (id != null && !canvas.selection().contains(id)) {
                canvas.selection().only(id);
            }
            mode = Mode.NONE;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (id != null && ElementSkin.isConnector(target)) {
            mode = Mode.LINK;
            linkFrom = id;
            return;
        }
        if (id == null) {
            mode = Mode.BAND;
            if (!e.isShiftDown() && !e.isShortcutDown()) {
                canvas.selection().clear();
            }
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            canvas.selection().toggle(id);
            mode = Mode.NONE;
            return;
        }
        if (!canvas.selection().contains(id)) {
            canvas.selection().only(id);
        }
        if (canvas.getDesign().component(id).isPresent()) {
            mode = Mode.MOVE;
            anchorId = id;
        } else {
            mode = Mode.NONE;
        }
    }

    private void dragged(MouseEvent e) {
        Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = local.getX();
        double y = local.getY();
        if (!dragging && Math.hypot(x - pressX, y - pressY) < DRAG_THRESHOLD) {
            return;
        }
        boolean starting = !dragging;
        dragging = true;
        switch (mode) {
            case PAN -> {
                canvas.panBy(x - pressX, y - pressY);
                pressX = x;
                pressY = y;
            }
            case MOVE -> dragMove(e, starting);
            case BAND -> {
                if (starting) {
                    canvas.overlay().getChildren().add(band);
                }
                band.setX(Math.min(pressX, x));
                band.setY(Math.min(pressY, y));
                band.setWidth(Math.abs(x - pressX));
                band.setHeight(Math.abs(y - pressY));
            }
            case LINK -> dragLink(e, x, y, starting);
            default -> { }
        }
    }

    private void dragMove(MouseEvent e, boolean starting) {
        Design design = canvas.getDesign();
        if (starting) {
            List<String> ids = canvas.selection().snapshot().stream()
                    .filter(i -> design.component(i).isPresent()).toList();
            moving = new HashSet<>(ids);
            for (String id : ids) {
                design.hostedOn(id).forEach(c -> moving.add(c.id()));
            }
            guides.start(design, moving, design.component(anchorId).map(Component::hostId).orElse(null));
        }
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        Bounds anchor = design.component(anchorId).orElseThrow().bounds();
        double x = anchor.x() + world.getX() - pressWorld.getX();
        double y = anchor.y() + world.getY() - pressWorld.getY();
        // Alt drags freely of the guides, as in draw.io.
        Point2D guided = e.isAltDown() ? new Point2D(Double.NaN, Double.NaN)
                : guides.snap(new Bounds(x, y, anchor.width(), anchor.height()));
        if (e.isAltDown()) {
            guides.hide();
        }
        lastDx = (Double.isNaN(guided.getX()) ? canvas.snap(x) : x + guided.getX()) - anchor.x();
        lastDy = (Double.isNaN(guided.getY()) ? canvas.snap(y) : y + guided.getY()) - anchor.y();
        canvas.layers().previewMove(design, moving, lastDx, lastDy);
        Component anchorComponent = design.component(anchorId).orElseThrow();
        Node server = null;
        if (anchorComponent.kind().hostable()) {
            Optional<Component> under = Layout.serverAt(design, anchor.x() + anchor.width() / 2 + lastDx,
                    anchor.y() + anchor.height() / 2 + lastDy, moving);
            server = under.map(s -> canvas.skinOf(s.id())).orElse(null);
        }
        highlight(server);
    }

    private void dragLink(MouseEvent e, double x, double y, boolean starting) {
        Design design = canvas.getDesign();
        if (starting) {
            Bounds from = design.component(linkFrom).orElseThrow().bounds();
            Point2D start = canvas.toLocal(from.maxX(), from.y() + from.height() / 2);
            linkPreview.setStartX(start.getX());
            linkPreview.setStartY(start.getY());
            canvas.overlay().getChildren().add(linkPreview);
        }
        linkPreview.setEndX(x);
        linkPreview.setEndY(y);
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        Optional<Component> target = Layout.componentAt(design, world.getX(), world.getY());
        highlight(target.filter(t -> !t.id().equals(linkFrom)).map(t -> canvas.skinOf(t.id())).orElse(null));
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        highlight(null);
        if (was == Mode.PAN) {
            canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        }
        if (!dragging) {
            if (was == Mode.MOVE && canvas.selection().snapshot().size() > 1) {
                canvas.selection().only(anchorId); // a click, not a drag, on one of several selected: just it
            }
            return;
        }
        Point2D world = canvas.toWorld(e.getSceneX(), e.getSceneY());
        switch (was) {
            case MOVE -> {
                Set<String> moved = moving;
                moving = Set.of();
                guides.hide();
                canvas.layers().endPreview(moved);
                if (lastDx != 0 || lastDy != 0) {
                    List<String> ids = canvas.selection().snapshot().stream()
                            .filter(i -> canvas.getDesign().component(i).isPresent()).toList();
                    actions.move(ids, lastDx, lastDy);
                }
            }
            case BAND -> {
                canvas.overlay().getChildren().remove(band);
                selectInBand(e, world);
            }
            case LINK -> {
                canvas.overlay().getChildren().remove(linkPreview);
                Optional<Component> target = Layout.componentAt(canvas.getDesign(), world.getX(), world.getY());
                if (target.isPresent() && !target.get().id().equals(linkFrom)) {
                    Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
                    actions.connect(linkFrom, target.get().id())
                            .ifPresent(message -> toast.show(message, local.getX(), local.getY()));
                }
            }
            default -> { }
        }
        dragging = false;
    }

    private void selectInBand(MouseEvent e, Point2D world) {
        double minX = Math.min(world.getX(), pressWorld.getX());
        double minY = Math.min(world.getY(), pressWorld.getY());
        double maxX = Math.max(world.getX(), pressWorld.getX());
        double maxY = Math.max(world.getY(), pressWorld.getY());
        List<String> inside = new ArrayList<>();
        for (Component c : canvas.getDesign().components()) {
            Bounds b = c.bounds();
            if (b.x() >= minX && b.y() >= minY && b.maxX() <= maxX && b.maxY() <= maxY) {
                inside.add(c.id());
            }
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            canvas.selection().addAll(inside);
        } else {
            canvas.selection().set(inside);
        }
    }

    private void highlight(Node node) {
        if (highlighted != null) {
            highlighted.pseudoClassStateChanged(DROP_TARGET, false);
        }
        highlighted = node;
        if (node != null) {
            node.pseudoClassStateChanged(DROP_TARGET, true);
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
                if (mode != Mode.PAN) {
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
        if (mode == Mode.MOVE && dragging) {
            canvas.layers().endPreview(moving);
        }
        guides.hide();
        canvas.overlay().getChildren().removeAll(band, linkPreview);
        highlight(null);
        mode = Mode.NONE;
        dragging = false;
        toast.hide();
        canvas.selection().clear();
    }

    static boolean isHostable(ComponentKind kind) {
        return kind.hostable();
    }
}
