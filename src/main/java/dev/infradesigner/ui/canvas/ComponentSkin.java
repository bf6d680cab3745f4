package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Component;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A component drawn as a card: a stripe in its kind's colour, its kind, and its label. */
final class ComponentSkin extends VBox {

    ComponentSkin(Component component) {
        setId("skin-" + component.id());
        getStyleClass().addAll("component-skin", "kind-" + component.kind().key());
        setAlignment(Pos.CENTER_LEFT);
        relocate(component.bounds().x(), component.bounds().y());
        setPrefSize(component.bounds().width(), component.bounds().height());
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label kind = new Label(component.kind().displayName().toUpperCase());
        kind.getStyleClass().add("component-kind");
        Label label = new Label(component.label());
        label.getStyleClass().add("component-label");
        getChildren().addAll(kind, label);
        Tooltip.install(this, new Tooltip(component.kind().displayName() + ": " + component.label()));
    }
}
