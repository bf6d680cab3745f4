package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * A link drawn along its route (horizontal and vertical segments from a side of one card to a side of the
 * other, see {@link LinkRoutes}) with an arrow head and a small label saying what travels over it. Under
 * the drawn line lies a wide transparent one, as wide on screen at every zoom, so a thin link is easy to hit.
 */
final class LinkSkin extends Group implements ElementSkin {

    private static final double ARROW = 9;

    private final String elementId;
    private final Polyline line = new Polyline();
    private final Polyline hit = new Polyline();
    private final Polygon head = new Polygon();
    private final javafx.scene.text.Text label;
    private final javafx.beans.property.DoubleProperty midX = new javafx.beans.property.SimpleDoubleProperty();
    private final javafx.beans.property.DoubleProperty midY = new javafx.beans.property.SimpleDoubleProperty();
    private Bounds area;
    private boolean resolution;
    private List<Point> points = List.of();

    LinkSkin(Link link, LinkRoutes.Routed route, ObservableDoubleValue hitWidth) {
        this(link.id(), text(link), route, hitWidth);
        getStyleClass().addAll("link-skin", "protocol-" + link.protocol().key());
        if (link.standby()) {
            getStyleClass().add("standby");
        }
    }

    /** What the label of {@code link} says. */
    static String text(Link link) {
        return dev.infradesigner.analysis.layout.LinkRouting.text(link);
    }

    private LinkSkin(String elementId, String text, LinkRoutes.Routed route, ObservableDoubleValue hitWidth) {
        this.elementId = elementId;
        getProperties().put(ELEMENT_ID, elementId);
        line.getStyleClass().add("link-line");
        hit.getStyleClass().add("link-hit");
        hit.strokeWidthProperty().bind(hitWidth);
        head.getStyleClass().add("link-head");
        // A plain Text, not a Label control: thousands of links must stay light.
        label = new javafx.scene.text.Text(text);
        label.getStyleClass().add("link-label");
        label.setMouseTransparent(true);
        label.setTextOrigin(javafx.geometry.VPos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // Centred by a translation: the text's layout bounds include x, so x cannot depend on them.
        label.xProperty().bind(midX);
        label.translateXProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> -label.getLayoutBounds().getWidth() / 2, label.layoutBoundsProperty()));
        label.yProperty().bind(midY);
        getChildren().addAll(hit, line, head, label);
        // The tooltip is made on first hover: a Tooltip per link would weigh more than the link itself.
        hit.setOnMouseEntered(e -> {
            Tooltip.install(hit, new Tooltip(text));
            hit.setOnMouseEntered(null);
        });
        update(route);
    }

    /** The dashed arrow from a DNS record to the component its name resolves to; not a traffic link. */
    static LinkSkin resolvesTo(String dnsId, LinkRoutes.Routed route, ObservableDoubleValue hitWidth) {
        LinkSkin skin = new LinkSkin(dnsId, dev.infradesigner.analysis.layout.LinkRouting.RESOLVES_TO, route, hitWidth);
        skin.resolution = true;
        skin.getStyleClass().addAll("link-skin", "dns-resolution");
        return skin;
    }

    /** Redraws the link along {@code route}; without a place for the label (a drag preview) it hides it. */
    void update(LinkRoutes.Routed route) {
        points = route.points();
        Double[] coordinates = new Double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            coordinates[2 * i] = points.get(i).x();
            coordinates[2 * i + 1] = points.get(i).y();
        }
        line.getPoints().setAll(coordinates);
        hit.getPoints().setAll(coordinates);
        Point end = points.get(points.size() - 1);
        Point before = points.get(points.size() - 2);
        double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
        head.getPoints().setAll(
                end.x(), end.y(),
                end.x() - ARROW * Math.cos(angle - 0.4), end.y() - ARROW * Math.sin(angle - 0.4),
                end.x() - ARROW * Math.cos(angle + 0.4), end.y() - ARROW * Math.sin(angle + 0.4));
        // Where no segment has room for a label, the tooltip still says what travels.
        label.setVisible(route.label() != null);
        if (route.label() != null) {
            midX.set(route.label().x());
            midY.set(route.label().y());
        }
        area = route.area();
    }

    /** The points of the route drawn now. */
    List<Point> points() {
        return points;
    }

    @Override
    public boolean isResolution() {
        return resolution;
    }

    @Override
    public String elementId() {
        return elementId;
    }

    @Override
    public Bounds area() {
        return area;
    }

    @Override
    public Node node() {
        return this;
    }
}
