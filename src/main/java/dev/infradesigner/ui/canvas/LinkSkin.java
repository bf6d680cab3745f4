package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Link;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A link drawn as an arrow from the edge of one component to the edge of the other, with a small label
 * saying what travels over it. It follows its ends when they move ({@link #update}).
 */
final class LinkSkin extends Group implements ElementSkin {

    private static final double ARROW = 9;
    private static final double MIN_LABELLED_LENGTH = 70;

    private final String elementId;
    private final Line line = new Line();
    private final Line hit = new Line();
    private final Polygon head = new Polygon();
    private final javafx.scene.text.Text label;
    private final javafx.beans.property.DoubleProperty midX = new javafx.beans.property.SimpleDoubleProperty();
    private final javafx.beans.property.DoubleProperty midY = new javafx.beans.property.SimpleDoubleProperty();
    private Bounds area;
    private boolean resolution;

    LinkSkin(Link link, Bounds from, Bounds to) {
        this(link.id(), link.protocol().key().toUpperCase() + " " + link.port(), from, to);
        getStyleClass().addAll("link-skin", "protocol-" + link.protocol().key());
        if (link.standby()) {
            getStyleClass().add("standby");
        }
    }

    private LinkSkin(String elementId, String text, Bounds from, Bounds to) {
        this.elementId = elementId;
        getProperties().put(ELEMENT_ID, elementId);
        line.getStyleClass().add("link-line");
        hit.getStyleClass().add("link-hit");
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
        update(from, to);
    }

    /** The dashed arrow from a DNS record to the component its name resolves to; not a traffic link. */
    static LinkSkin resolvesTo(String dnsId, Bounds dns, Bounds target) {
        LinkSkin skin = new LinkSkin(dnsId, "resolves to", dns, target);
        skin.resolution = true;
        skin.getStyleClass().addAll("link-skin", "dns-resolution");
        return skin;
    }

    /** Redraws the arrow between the ends' current areas. */
    void update(Bounds from, Bounds to) {
        double[] start = from.edgeToward(to.centerX(), to.centerY());
        double[] end = to.edgeToward(from.centerX(), from.centerY());
        line.setStartX(start[0]);
        line.setStartY(start[1]);
        line.setEndX(end[0]);
        line.setEndY(end[1]);
        hit.setStartX(start[0]);
        hit.setStartY(start[1]);
        hit.setEndX(end[0]);
        hit.setEndY(end[1]);
        double angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
        head.getPoints().setAll(
                end[0], end[1],
                end[0] - ARROW * Math.cos(angle - 0.4), end[1] - ARROW * Math.sin(angle - 0.4),
                end[0] - ARROW * Math.cos(angle + 0.4), end[1] - ARROW * Math.sin(angle + 0.4));
        // Between neighbouring cards there is no room for a label; the tooltip still says what travels.
        label.setVisible(Math.hypot(end[0] - start[0], end[1] - start[1]) > MIN_LABELLED_LENGTH);
        midX.set((start[0] + end[0]) / 2);
        midY.set((start[1] + end[1]) / 2);
        double minX = Math.min(start[0], end[0]) - 40;
        double minY = Math.min(start[1], end[1]) - 12;
        area = new Bounds(minX, minY, Math.abs(end[0] - start[0]) + 80, Math.abs(end[1] - start[1]) + 24);
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
