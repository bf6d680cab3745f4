package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.ui.text.FullText;
import dev.infradesigner.ui.text.SoftBreaks;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A component drawn as a card: its kind's icon, its kind and its label, a stripe in its kind's colour,
 * and a connector on its right edge to drag links from. A label too long for one line wraps to a second; one
 * too long for two ends in an ellipsis and shows whole in a tooltip ({@link FullText}).
 */
final class ComponentSkin extends HBox implements ElementSkin {

    private final Component component;

    ComponentSkin(Component component) {
        super(6);
        this.component = component;
        getProperties().put(ELEMENT_ID, component.id());
        getStyleClass().addAll("component-skin", component.kind().styleClass());
        setAlignment(Pos.CENTER_LEFT);
        Bounds b = component.bounds();
        relocate(b.x(), b.y());
        setPrefSize(b.width(), b.height());
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label kind = new Label(component.kind().displayName().toUpperCase());
        kind.getStyleClass().add("component-kind");
        Label label = new Label(SoftBreaks.in(component.label()));
        label.getStyleClass().add("component-label");
        label.setWrapText(true);
        FullText.tipWhenCut(label);
        FullText.tipWhenCut(kind);
        VBox text = new VBox(0, kind, label);
        text.setMinWidth(0);
        text.setAlignment(Pos.CENTER_LEFT);
        Circle connector = new Circle(6);
        connector.getStyleClass().add("connector");
        connector.setManaged(false);
        connector.setLayoutX(b.width());
        connector.setLayoutY(b.height() / 2);
        getChildren().addAll(KindIcons.view(component.kind(), 24), text, connector);
    }

    @Override
    public String elementId() {
        return component.id();
    }

    @Override
    public Bounds area() {
        return component.bounds();
    }

    @Override
    public Node node() {
        return this;
    }
}
