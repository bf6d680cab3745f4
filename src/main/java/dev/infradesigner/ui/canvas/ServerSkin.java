package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.ui.text.FullText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A server drawn as a container: a header with its icon, name, host name and address, and a connector on its
 * right edge to drag cables from; what it hosts sits inside. A name or address too long for the header ends
 * in an ellipsis and shows whole in a tooltip.
 */
final class ServerSkin extends Pane implements ElementSkin {

    private final Component server;

    ServerSkin(Component server) {
        this.server = server;
        getProperties().put(ELEMENT_ID, server.id());
        getStyleClass().addAll("server-skin", "kind-server");
        Bounds b = server.bounds();
        relocate(b.x(), b.y());
        setPrefSize(b.width(), b.height());
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ServerSettings settings = server.settings(ServerSettings.class);
        Label name = new Label(server.label());
        name.getStyleClass().addAll("server-label", "component-label");
        Label address = new Label(settings.hostname() + " \u00b7 " + settings.ipAddress());
        address.getStyleClass().add("server-address");
        FullText.tipWhenCut(name);
        FullText.tipWhenCut(address);
        VBox text = new VBox(1, name, address);
        text.setMinWidth(0);
        HBox header = new HBox(8, KindIcons.view(ComponentKind.SERVER, 22), text);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("server-header");
        header.setPrefWidth(b.width());
        header.setMaxWidth(b.width());
        // A cable to a switch or router starts here, as a link starts from a component's connector.
        javafx.scene.shape.Circle connector = new javafx.scene.shape.Circle(6);
        connector.getStyleClass().add("connector");
        connector.setManaged(false);
        connector.setLayoutX(b.width());
        connector.setLayoutY(dev.infradesigner.edit.ServerGrid.HEADER / 2);
        getChildren().addAll(header, connector);
    }

    @Override
    public String elementId() {
        return server.id();
    }

    @Override
    public Bounds area() {
        return server.bounds();
    }

    @Override
    public Node node() {
        return this;
    }
}
