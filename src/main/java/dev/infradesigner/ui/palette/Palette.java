package dev.infradesigner.ui.palette;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.PaletteGroup;
import dev.infradesigner.ui.canvas.CanvasActions;
import dev.infradesigner.ui.canvas.KindIcons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The component kinds, grouped as users think of a stack (each kind names its group, place, icon and help).
 * Drag one onto the canvas (onto a server to host it there), or click it (or press Enter) to add it to the
 * selected server, or in the middle of the view when no server is selected. The drag is plain mouse
 * tracking with a ghost on the window's top layer, so it behaves the same on every platform.
 */
public final class Palette extends ScrollPane {

    private final CanvasActions actions;
    private final Pane ghostLayer;

    /**
     * @param ghostLayer a mouse-transparent pane over the whole window where the dragged ghost is drawn
     */
    public Palette(CanvasActions actions, Pane ghostLayer) {
        this.actions = actions;
        this.ghostLayer = ghostLayer;
        getStyleClass().add("palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox content = new VBox(2);
        content.getStyleClass().add("palette-content");
        Map<PaletteGroup, List<ComponentKind>> groups = new EnumMap<>(PaletteGroup.class);
        ComponentKind.values().stream().sorted(Comparator.comparingInt(ComponentKind::paletteOrder))
                .forEach(kind -> groups.computeIfAbsent(kind.paletteGroup(), g -> new ArrayList<>()).add(kind));
        groups.forEach((group, kinds) -> {
            Label heading = new Label(group.displayName().toUpperCase());
            heading.getStyleClass().add("palette-heading");
            content.getChildren().add(heading);
            for (ComponentKind kind : kinds) {
                content.getChildren().add(item(kind));
            }
        });
        setContent(content);
    }

    private Node item(ComponentKind kind) {
        Label name = new Label(kind.displayName());
        HBox item = new HBox(8, KindIcons.view(kind, 22), name);
        item.setId("palette-" + kind.key());
        item.getStyleClass().addAll("palette-item", kind.styleClass());
        item.setAlignment(Pos.CENTER_LEFT);
        item.setFocusTraversable(true);
        Tooltip tip = new Tooltip(kind.help());
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        Tooltip.install(item, tip);
        item.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                actions.addAtCentre(kind);
                e.consume();
            }
        });
        new Drag(kind, item);
        return item;
    }

    /** One drag from a palette item: a ghost follows the mouse; releasing over the canvas adds the kind. */
    private final class Drag {

        private final ComponentKind kind;
        private Node ghost;
        private double startX;
        private double startY;

        Drag(ComponentKind kind, Node item) {
            this.kind = kind;
            item.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            item.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            item.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        }

        private void pressed(MouseEvent e) {
            if (e.getButton() == MouseButton.PRIMARY) {
                startX = e.getSceneX();
                startY = e.getSceneY();
            }
        }

        private void dragged(MouseEvent e) {
            if (!e.isPrimaryButtonDown()) {
                return;
            }
            if (ghost == null && Math.hypot(e.getSceneX() - startX, e.getSceneY() - startY) > 4) {
                Label label = new Label(kind.displayName(), KindIcons.view(kind, 22));
                label.getStyleClass().addAll("palette-ghost", kind.styleClass());
                label.setId("palette-ghost");
                label.setMouseTransparent(true);
                ghost = label;
                ghostLayer.getChildren().add(ghost);
            }
            if (ghost != null) {
                var local = ghostLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
                ghost.relocate(local.getX() + 8, local.getY() + 8);
            }
        }

        private void released(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (ghost != null) {
                ghostLayer.getChildren().remove(ghost);
                ghost = null;
                actions.drop(kind, e.getSceneX(), e.getSceneY());
            } else if (e.isStillSincePress()) {
                actions.addAtCentre(kind);
            }
        }
    }
}
