package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The overview (View ▸ Overview, Ctrl+Shift+O): the whole design in a small corner panel, the view as a
 * rectangle over it; clicking or dragging in it centres the view there. Big designs are where people get
 * lost, so it must cost nothing while they pan: the design is painted as plain rectangles into one bitmap
 * when the design changes (at most once per pulse, and not while hidden), and a pan or zoom only moves the
 * view rectangle.
 */
public final class Overview extends Pane {

    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private static final double PAD = 6;

    private final DesignCanvas canvas;
    private final Canvas picture = new Canvas(WIDTH, HEIGHT);
    private final Rectangle view = new Rectangle();
    private Bounds world = new Bounds(0, 0, 800, 600);
    private double scale = 1;
    private boolean redrawPending;
    private final javafx.beans.property.BooleanProperty shown =
            new javafx.beans.property.SimpleBooleanProperty(this, "shown");

    public Overview(DesignCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("overview");
        setId("overview");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        view.getStyleClass().add("overview-view");
        view.setManaged(false);
        view.setMouseTransparent(true);
        picture.setManaged(false);
        picture.setMouseTransparent(true);
        getChildren().addAll(picture, view);
        setClip(new Rectangle(WIDTH, HEIGHT));
        canvas.designProperty().addListener((obs, old, now) -> redrawSoon());
        canvas.viewAreaProperty().addListener((obs, old, now) -> placeView());
        // Not over an empty design: the welcome pane's buttons are there.
        visibleProperty().bind(shown.and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> canvas.getDesign() != null && !canvas.getDesign().components().isEmpty(),
                canvas.designProperty())));
        visibleProperty().addListener((obs, old, now) -> redrawSoon());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::panTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::panTo);
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        addEventHandler(ScrollEvent.ANY, ScrollEvent::consume);
    }

    /** Where a point of this panel (its own coordinates) lies on the canvas. */
    public javafx.geometry.Point2D toWorld(double x, double y) {
        return new javafx.geometry.Point2D(world.x() + (x - PAD) / scale, world.y() + (y - PAD) / scale);
    }

    /** Whether the user wants the overview (View ▸ Overview); it shows while the design has something. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /** Where a canvas point shows in this panel (its own coordinates). */
    public javafx.geometry.Point2D fromWorld(double x, double y) {
        return new javafx.geometry.Point2D(PAD + (x - world.x()) * scale, PAD + (y - world.y()) * scale);
    }

    private void panTo(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            javafx.geometry.Point2D at = toWorld(e.getX(), e.getY());
            canvas.centreAt(at.getX(), at.getY());
            canvas.requestFocus();
        }
        e.consume();
    }

    /** Repaints in the theme's colours. */
    public void themeChanged() {
        redrawSoon();
    }

    private void redrawSoon() {
        if (!redrawPending && isVisible()) {
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    private void redraw() {
        if (!isVisible()) {
            return;
        }
        Design d = canvas.getDesign();
        Bounds content = canvas.contentBounds();
        world = content;
        scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, content.width()),
                (HEIGHT - 2 * PAD) / Math.max(1, content.height()));
        boolean dark = getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
        GraphicsContext g = picture.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (d != null) {
            Color serverColour = dark ? Color.web("#3d444d") : Color.web("#d0d7de");
            Color cardColour = dark ? Color.web("#768390") : Color.web("#57606a");
            for (Component c : d.components()) {
                boolean server = c.kind() == ComponentKind.SERVER;
                g.setFill(server ? serverColour : cardColour);
                Bounds b = c.bounds();
                g.fillRect(PAD + (b.x() - world.x()) * scale, PAD + (b.y() - world.y()) * scale,
                        Math.max(1, b.width() * scale), Math.max(1, b.height() * scale));
            }
        }
        placeView();
    }

    private void placeView() {
        Bounds v = canvas.visibleArea();
        double x0 = PAD + (v.x() - world.x()) * scale;
        double y0 = PAD + (v.y() - world.y()) * scale;
        double x1 = x0 + v.width() * scale;
        double y1 = y0 + v.height() * scale;
        // Kept inside the panel so that its edge still shows where the view is when it is far off the design.
        x0 = clamp(x0, WIDTH);
        y0 = clamp(y0, HEIGHT);
        x1 = clamp(x1, WIDTH);
        y1 = clamp(y1, HEIGHT);
        view.setX(x0);
        view.setY(y0);
        view.setWidth(Math.max(2, x1 - x0));
        view.setHeight(Math.max(2, y1 - y0));
    }

    private static double clamp(double v, double max) {
        return Math.max(1, Math.min(max - 1, v));
    }
}
