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
        syncing = true;
        try {
            fit(hbar, content.x() * z, content.maxX() * z, -viewport.panX(), w);
            fit(vbar, content.y() * z, content.maxY() * z, -viewport.panY(), h);
        } finally {
            syncing = false;
        }
    }

    /** One bar over content from {@code from} to {@code to} (pixels), the view at {@code at}, {@code size} long. */
    private static void fit(ScrollBar bar, double from, double to, double at, double size) {
        double min = Math.min(from - Viewport.FIT_MARGIN, at);
        double max = Math.max(to + Viewport.FIT_MARGIN - size, at);
        bar.setMin(min);
        bar.setMax(Math.max(min, max));
        bar.setVisibleAmount(Math.max(1, (max - min) * size / Math.max(1, max - min + size)));
        bar.setValue(at);
        bar.setUnitIncrement(20);
        bar.setBlockIncrement(size * 0.8);
        // A bar only when there is somewhere to scroll to; a full-length thumb only adds noise.
        bar.setVisible(max - min > 1);
    }
}
