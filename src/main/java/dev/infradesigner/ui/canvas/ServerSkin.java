package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ServerSettings;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A server drawn as a container: a header with its name, and below it its host name and address; what it hosts sits inside. */
final class ServerSkin extends Pane {

    ServerSkin(Component server) {
        setId("skin-" + server.id());
        getStyleClass().addAll("server-skin", "kind-server");
        relocate(server.bounds().x(), server.bounds().y());
        setPrefSize(server.bounds().width(), server.bounds().height());
        setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ServerSettings settings = server.settings(ServerSettings.class);
        Label name = new Label(server.label());
        name.getStyleClass().add("server-label");
        Label address = new Label(settings.hostname() + " \u00b7 " + settings.ipAddress());
        address.getStyleClass().add("server-address");
        VBox header = new VBox(1, name, address);
        header.getStyleClass().add("server-header");
        header.setPrefWidth(server.bounds().width());
        getChildren().add(header);
    }
}
