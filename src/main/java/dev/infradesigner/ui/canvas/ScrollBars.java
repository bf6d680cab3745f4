package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The canvas's scroll bars. The canvas has no edge, so a bar's range is the design plus a margin, widened
 * to wherever the view is now: scrolling to an empty corner does not make the thumb jump back.
 */
final class ScrollBars {

    static final double SIZE = 14;

    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Viewport viewport;
    private boolean syncing;

    ScrollBars(Viewport viewport) {
        this.viewport = viewport;
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewport.setPanX(-now.doubleValue());
            }
        });
        vbar.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewport.setPanY(-now.doubleValue());
            }
        });
    }

    ScrollBar horizontal() {
        return hbar;
    }

    ScrollBar vertical() {
        return vbar;
    }

    /** Places the bars along the bottom and right edges of a view of this size. */
    void layout(double w, double h) {
        hbar.resizeRelocate(0, h - SIZE, w - SIZE, SIZE);
        vbar.resizeRelocate(w - SIZE, 0, SIZE, h - SIZE);
    }

    /** Fits the bars to the design and the view; {@code w} and {@code h} are the view's size without the bars. */
    void sync(Bounds content, double w, double h) {
        double z = viewport.zoom();
        double panX = viewport.panX();
        double panY = viewport.panY();
        syncing = true;
        try {
            double minX = Math.min(content.x() * z - Viewport.FIT_MARGIN, -panX);
            double maxX = Math.max(content.maxX() * z + Viewport.FIT_MARGIN - w, -panX);
            hbar.setMin(minX);
            hbar.setMax(Math.max(minX, maxX));
            hbar.setVisibleAmount(Math.max(1, (maxX - minX) * w / Math.max(1, maxX - minX + w)));
            hbar.setValue(-panX);
            hbar.setUnitIncrement(20);
            hbar.setBlockIncrement(w * 0.8);
            double minY = Math.min(content.y() * z - Viewport.FIT_MARGIN, -panY);
            double maxY = Math.max(content.maxY() * z + Viewport.FIT_MARGIN - h, -panY);
            vbar.setMin(minY);
            vbar.setMax(Math.max(minY, maxY));
            vbar.setVisibleAmount(Math.max(1, (maxY - minY) * h / Math.max(1, maxY - minY + h)));
            vbar.setValue(-panY);
            vbar.setUnitIncrement(20);
            vbar.setBlockIncrement(h * 0.8);
            // Bars only when there is somewhere to scroll to; a full-length thumb only adds noise.
            hbar.setVisible(maxX - minX > 1);
            vbar.setVisible(maxY - minY > 1);
        } finally {
            syncing = false;
        }
    }
}
