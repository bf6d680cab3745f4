package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.shape.Circle;

/**
 * The audit's badges on the canvas: a dot in the colour of a component's worst finding at its top-right
 * corner. Like the skins, only the components in view get one, and a badge that stays in view is kept
 * (moved or recoloured) rather than made again, so panning costs nothing here.
 */
final class BadgeLayer {

    /** The property naming the component a badge belongs to (badges have no CSS id, see {@link ElementSkin}). */
    static final String BADGE_OF = "infra.badge-of";

    private final Group group = new Group();
    private final Map<String, Circle> shown = new HashMap<>();
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

    /**
     * Shows the badges of the components of {@code design} that overlap {@code area}.
     *
     * @param candidates ids that may lie in the area (a superset, from the canvas's spatial index)
     */
    void draw(Design design, Bounds area, Set<String> candidates) {
        if (design == null) {
            group.getChildren().clear();
            shown.clear();
            return;
        }
        Map<String, Component> wanted = new HashMap<>();
        Set<String> smaller = candidates.size() < worst.size() ? candidates : worst.keySet();
        for (String id : smaller) {
            if (worst.containsKey(id) && candidates.contains(id)) {
                design.component(id).filter(c -> area.overlaps(c.bounds())).ifPresent(c -> wanted.put(id, c));
            }
        }
        for (Iterator<Map.Entry<String, Circle>> it = shown.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Circle> e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                group.getChildren().remove(e.getValue());
                it.remove();
            }
        }
        wanted.forEach((id, c) -> {
            Circle badge = shown.computeIfAbsent(id, key -> {
                Circle made = new Circle(6.5);
                made.getProperties().put(BADGE_OF, key);
                group.getChildren().add(made);
                return made;
            });
            String severity = "severity-" + worst.get(id);
            if (badge.getStyleClass().size() != 2 || !badge.getStyleClass().contains(severity)) {
                badge.getStyleClass().setAll("finding-badge", severity);
            }
            badge.setCenterX(c.bounds().maxX() - 2);
            badge.setCenterY(c.bounds().y() + 2);
        });
    }
}
