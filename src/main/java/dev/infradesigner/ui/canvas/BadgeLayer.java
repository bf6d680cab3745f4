package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.shape.Circle;

/**
 * The audit's badges on the canvas: a dot in the colour of a component's worst finding at its top-right
 * corner. Like the skins, only the components in view get one.
 */
final class BadgeLayer {

    private final Group group = new Group();
    private Map<String, String> worst = Map.of();

    BadgeLayer() {
        group.setMouseTransparent(true);
    }

    Group node() {
        return group;
    }

    /** Remembers the worst severity key ("error", "warning", "info") by component id. */
    void setWorst(Map<String, String> bySeverity) {
        worst = Map.copyOf(bySeverity);
    }

    /** Redraws the badges of the components of {@code design} that overlap {@code area}. */
    void draw(Design design, Bounds area) {
        group.getChildren().clear();
        if (design == null) {
            return;
        }
        worst.forEach((id, severity) -> design.component(id).filter(c -> area.overlaps(c.bounds())).ifPresent(c -> {
            Circle badge = new Circle(6.5);
            badge.getStyleClass().addAll("finding-badge", "severity-" + severity);
            badge.setId("badge-" + id);
            badge.setCenterX(c.bounds().maxX() - 2);
            badge.setCenterY(c.bounds().y() + 2);
            group.getChildren().add(badge);
        }));
    }
}
