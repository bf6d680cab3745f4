package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Which part of the endless canvas is in view: a zoom and a pan, applied to the world as transforms so
 * that moving the view never redraws a skin. Every way of moving the view (wheel, fit, reveal, the
 * overview) goes through here, so the limits and the "one update per change" rule hold for all of them.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;
    /** The largest zoom that Zoom to Selection goes to: one card fills no more than a sensible part of the view. */
    static final double SELECTION_MAX_ZOOM = 2;
    /**
     * The smallest zoom a freshly opened design is fitted at. Below it, a design is so big that its shape
     * says nothing and drawing all of it at once is slow; it opens at actual size instead. Sample 04 needs
     * about 0.45 in a 1280-pixel window and used to open at actual size, half of it out of view.
     */
    static final double MIN_START_ZOOM = 0.3;
    static final double FIT_MARGIN = 40;

    private final DoubleProperty zoom;
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleSupplier width;
    private final DoubleSupplier height;
    private final Supplier<Bounds> content;
    private final Runnable changed;
    private int batch;
    private boolean pending;

    /**
     * @param width      the width of the view, in pixels
     * @param height     the height of the view, in pixels
     * @param content    the area the design covers
     * @param zoomed     told the new zoom first, before {@code changed}
     * @param changed    told once per change of the view, after it is complete
     */
    Viewport(Object bean, DoubleSupplier width, DoubleSupplier height, Supplier<Bounds> content,
            DoubleConsumer zoomed, Runnable changed) {
        this.zoom = new SimpleDoubleProperty(bean, "zoom", 1);
        this.width = width;
        this.height = height;
        this.content = content;
        this.changed = changed;
        zoom.addListener((obs, old, now) -> {
            scale.setX(now.doubleValue());
            scale.setY(now.doubleValue());
            zoomed.accept(now.doubleValue());
            changed();
        });
        pan.xProperty().addListener((obs, old, now) -> changed());
        pan.yProperty().addListener((obs, old, now) -> changed());
    }

    /** The transforms that put the world in view, in the order the world applies them. */
    Translate pan() {
        return pan;
    }

    Scale scale() {
        return scale;
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    double panX() {
        return pan.getX();
    }

    double panY() {
        return pan.getY();
    }

    void setPanX(double x) {
        pan.setX(x);
    }

    void setPanY(double y) {
        pan.setY(y);
    }

    /** The canvas point under a point of the view. */
    Point2D toWorld(Point2D local) {
        return new Point2D((local.getX() - pan.getX()) / zoom.get(), (local.getY() - pan.getY()) / zoom.get());
    }

    /** Where a canvas point shows, in the view's coordinates. */
    Point2D toLocal(double worldX, double worldY) {
        return new Point2D(worldX * zoom.get() + pan.getX(), worldY * zoom.get() + pan.getY());
    }

    /** The canvas area in view, in canvas units. */
    Bounds visibleArea() {
        double w = Math.max(1, width.getAsDouble());
        double h = Math.max(1, height.getAsDouble());
        double limit = Bounds.LIMIT / 2;
        return new Bounds(Math.max(-limit, Math.min(limit, -pan.getX() / zoom.get())),
                Math.max(-limit, Math.min(limit, -pan.getY() / zoom.get())), w / zoom.get(), h / zoom.get());
    }

    Point2D viewCentre() {
        Bounds v = visibleArea();
        return new Point2D(v.x() + v.width() / 2, v.y() + v.height() / 2);
    }

    /** Zooms by {@code factor} about the middle of the view. */
    void zoomBy(double factor) {
        zoomAt(factor, width.getAsDouble() / 2, height.getAsDouble() / 2);
    }

    /** Zooms by {@code factor} keeping the canvas point under (x, y) of the view in place. */
    void zoomAt(double factor, double x, double y) {
        inOneChange(() -> {
            double old = zoom.get();
            double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
            if (Math.abs(next - 1) < 0.02) {
                next = 1;
            }
            double worldX = (x - pan.getX()) / old;
            double worldY = (y - pan.getY()) / old;
            zoom.set(next);
            pan.setX(x - worldX * next);
            pan.setY(y - worldY * next);
        });
    }

    void panBy(double dx, double dy) {
        inOneChange(() -> {
            pan.setX(pan.getX() + dx);
            pan.setY(pan.getY() + dy);
        });
    }

    /**
     * Runs {@code change} (which may set the zoom and both pan coordinates) and then updates what depends on
     * the view once, for the final view: culling three times per frame, once for a half-applied view, made
     * and dropped skins for nothing.
     */
    void inOneChange(Runnable change) {
        batch++;
        try {
            change.run();
        } finally {
            if (--batch == 0 && pending) {
                pending = false;
                changed.run();
            }
        }
    }

    /** Tells the view changed, now or, inside {@link #inOneChange}, once at its end. */
    void changed() {
        if (batch > 0) {
            pending = true;
            return;
        }
        changed.run();
    }

    /** Shows the whole design, at actual size at most; {@code empty} when there is nothing to show. */
    void zoomToFit(boolean empty) {
        inOneChange(() -> fitNow(empty));
    }

    private void fitNow(boolean empty) {
        if (empty) {
            zoom.set(1);
            pan.setX(FIT_MARGIN);
            pan.setY(FIT_MARGIN);
            return;
        }
        Bounds all = content.get();
        double w = Math.max(1, width.getAsDouble() - 2 * FIT_MARGIN);
        double h = Math.max(1, height.getAsDouble() - 2 * FIT_MARGIN);
        double next = Math.max(MIN_ZOOM, Math.min(1, Math.min(w / all.width(), h / all.height())));
        zoom.set(next);
        double usedW = all.width() * next;
        double usedH = all.height() * next;
        pan.setX(Math.max(FIT_MARGIN, (width.getAsDouble() - usedW) / 2) - all.x() * next);
        pan.setY(Math.max(FIT_MARGIN, (height.getAsDouble() - usedH) / 2) - all.y() * next);
    }

    /**
     * The view a freshly opened design gets: the whole design when it fits at {@link #MIN_START_ZOOM} or
     * more, else actual size at its top-left corner.
     */
    void showStart(boolean empty) {
        inOneChange(() -> {
            fitNow(empty);
            if (zoom.get() < MIN_START_ZOOM) {
                Bounds all = content.get();
                zoom.set(1);
                pan.setX(FIT_MARGIN - all.x());
                pan.setY(FIT_MARGIN - all.y());
            }
        });
    }

    /** Centres the view on {@code area}, zooming out (never in) until it fits with a margin. */
    void centreOn(Bounds area) {
        inOneChange(() -> {
            double fit = fitZoom(area);
            if (zoom.get() > fit) {
                zoom.set(Math.max(MIN_ZOOM, fit));
            }
            centreNow(area.centerX(), area.centerY());
        });
    }

    /** Fits {@code area} in the view, zooming in up to {@link #SELECTION_MAX_ZOOM}. */
    void zoomTo(Bounds area) {
        inOneChange(() -> {
            zoom.set(Math.max(MIN_ZOOM, Math.min(SELECTION_MAX_ZOOM, fitZoom(area))));
            centreNow(area.centerX(), area.centerY());
        });
    }

    /** Puts the canvas point (x, y) in the middle of the view, at the same zoom. */
    void centreAt(double x, double y) {
        inOneChange(() -> centreNow(x, y));
    }

    /** Brings a canvas area into view, centring it when it is off screen. */
    void reveal(Bounds area) {
        if (!visibleArea().contains(area)) {
            centreAt(area.centerX(), area.centerY());
        }
    }

    /** Centres on (x, y) without a batch of its own: for a caller already inside {@link #inOneChange}. */
    void centreNow(double x, double y) {
        pan.setX(width.getAsDouble() / 2 - x * zoom.get());
        pan.setY(height.getAsDouble() / 2 - y * zoom.get());
    }

    private double fitZoom(Bounds area) {
        double w = Math.max(1, width.getAsDouble() - 2 * FIT_MARGIN);
        double h = Math.max(1, height.getAsDouble() - 2 * FIT_MARGIN);
        return Math.min(w / Math.max(1, area.width()), h / Math.max(1, area.height()));
    }
}
