package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import java.util.Map;

/**
 * Keeps the scene to what is in view (with a margin): skins and finding badges exist only there, so
 * panning a design of thousands of components costs what panning a few dozen does.
 */
final class Culling {

    /** How far past the view's edge things are kept, in pixels: a short pan shows no gap. */
    private static final double MARGIN = 200;

    private final Viewport viewport;
    private final SkinLayers layers;
    private final BadgeLayer badges;

    Culling(Viewport viewport, SkinLayers layers, BadgeLayer badges) {
        this.viewport = viewport;
        this.layers = layers;
        this.badges = badges;
    }

    /** Makes and drops skins and badges for the view now. */
    void update(Design design) {
        layers.setArea(area());
        drawBadges(design);
    }

    /**
     * Marks each component that a finding concerns with a badge in the colour of its worst finding.
     *
     * @param worst the worst severity key ("error", "warning", "info") by component id
     */
    void showBadges(Design design, Map<String, String> worst) {
        badges.setWorst(worst);
        drawBadges(design);
    }

    private void drawBadges(Design design) {
        Bounds area = area();
        badges.draw(design, area, layers.componentsIn(area));
    }

    private Bounds area() {
        Bounds v = viewport.visibleArea();
        double margin = MARGIN / viewport.zoom();
        return new Bounds(v.x() - margin, v.y() - margin, v.width() + 2 * margin, v.height() + 2 * margin);
    }
}
