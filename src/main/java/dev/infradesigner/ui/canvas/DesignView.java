package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Draws a design: servers as containers at the back, links above them, components on top. One skin per
 * element, keyed by id, so tests and later editing gestures can find the node of a component.
 */
public final class DesignView extends Pane {

    private static final double MARGIN = 40;

    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(this, "design");
    private final Group servers = new Group();
    private final Group links = new Group();
    private final Group components = new Group();
    private final Map<String, Node> skins = new HashMap<>();

    public DesignView() {
        getStyleClass().add("design-view");
        getChildren().addAll(servers, links, components);
        design.addListener((obs, old, now) -> render(now));
    }

    /** The design drawn; bind it to the document's. */
    public ObjectProperty<Design> designProperty() {
        return design;
    }

    /** The node drawing the component or link with this id, or {@code null}. */
    public Node skinOf(String id) {
        return skins.get(id);
    }

    private void render(Design d) {
        servers.getChildren().clear();
        links.getChildren().clear();
        components.getChildren().clear();
        skins.clear();
        if (d == null) {
            return;
        }
        double maxX = 0;
        double maxY = 0;
        for (Component c : d.components()) {
            Node skin = c.kind() == ComponentKind.SERVER ? new ServerSkin(c) : new ComponentSkin(c);
            skins.put(c.id(), skin);
            (c.kind() == ComponentKind.SERVER ? servers : components).getChildren().add(skin);
            maxX = Math.max(maxX, c.bounds().maxX());
            maxY = Math.max(maxY, c.bounds().maxY());
        }
        for (Link l : d.links()) {
            Bounds from = d.component(l.from()).orElseThrow().bounds();
            Bounds to = d.component(l.to()).orElseThrow().bounds();
            LinkSkin skin = new LinkSkin(l, from, to);
            skins.put(l.id(), skin);
            links.getChildren().add(skin);
        }
        for (Component c : d.componentsOf(ComponentKind.DNS)) {
            String target = c.settings(DnsSettings.class).target();
            d.component(target == null ? "" : target).ifPresent(t ->
                    links.getChildren().add(LinkSkin.resolvesTo(c.bounds(), t.bounds())));
        }
        setPrefSize(maxX + MARGIN, maxY + MARGIN);
    }
}
