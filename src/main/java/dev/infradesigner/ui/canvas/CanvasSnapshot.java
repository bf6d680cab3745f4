package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;

/**
 * The whole diagram as an image (PNG export, the PDF's picture): every skin, off-screen parts included,
 * at actual size whatever the view's zoom. The view is put back as it was afterwards.
 */
final class CanvasSnapshot {

    private static final double MARGIN = 24;

    private CanvasSnapshot() {
    }

    /**
     * @param world     the pane holding the skins, its view transforms taken off for the snapshot
     * @param layers    told to make every skin, not just those in view
     * @param content   the area the design covers
     * @param scale     1 for actual size, 2 for HiDPI
     * @param restore   puts the view back (its zoomed-out look, its culling) after the transforms return
     */
    static WritableImage take(Pane world, SkinLayers layers, Bounds content, double scale, boolean dark,
            Runnable restore) {
        layers.setArea(null);
        List<Transform> transforms = List.copyOf(world.getTransforms());
        world.getTransforms().clear();
        // At actual size in the image: the small text the view leaves out when zoomed out is drawn.
        world.pseudoClassStateChanged(DesignCanvas.ZOOMED_OUT, false);
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(scale, scale));
            params.setViewport(new Rectangle2D((content.x() - MARGIN) * scale, (content.y() - MARGIN) * scale,
                    (content.width() + 2 * MARGIN) * scale, (content.height() + 2 * MARGIN) * scale));
            params.setFill(dark ? Color.web("#1c2128") : Color.web("#f6f8fa"));
            return world.snapshot(params, null);
        } finally {
            world.getTransforms().setAll(transforms);
            restore.run();
        }
    }
}
