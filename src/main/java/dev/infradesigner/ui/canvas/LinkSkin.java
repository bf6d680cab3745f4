package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Link;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A link drawn as an arrow from the edge of one component to the edge of the other, with a small label
 * saying what travels over it.
 */
final class LinkSkin extends Group {

    private static final double ARROW = 9;
    private static final double MIN_LABELLED_LENGTH = 70;

    LinkSkin(Link link, Bounds from, Bounds to) {
        this(from, to, link.protocol().key().toUpperCase() + " " + link.port());
        setId("skin-" + link.id());
        getStyleClass().addAll("link-skin", "protocol-" + link.protocol().key());
    }

    private LinkSkin(Bounds from, Bounds to, String text) {
        double[] start = edgePoint(from, centerX(to), centerY(to));
        double[] end = edgePoint(to, centerX(from), centerY(from));
        Line line = new Line(start[0], start[1], end[0], end[1]);
        line.getStyleClass().add("link-line");
        double angle = Math.atan2(end[1] - start[1], end[0] - start[0]);
        Polygon head = new Polygon(
                end[0], end[1],
                end[0] - ARROW * Math.cos(angle - 0.4), end[1] - ARROW * Math.sin(angle - 0.4),
                end[0] - ARROW * Math.cos(angle + 0.4), end[1] - ARROW * Math.sin(angle + 0.4));
        head.getStyleClass().add("link-head");
        Label label = new Label(text);
        label.getStyleClass().add("link-label");
        label.setMouseTransparent(true);
        double midX = (start[0] + end[0]) / 2;
        double midY = (start[1] + end[1]) / 2;
        label.layoutXProperty().bind(label.widthProperty().divide(-2).add(midX));
        label.layoutYProperty().bind(label.heightProperty().divide(-2).add(midY));
        getChildren().addAll(line, head);
        // Between neighbouring cards there is no room for a label; the tooltip still says what travels.
        if (Math.hypot(end[0] - start[0], end[1] - start[1]) > MIN_LABELLED_LENGTH) {
            getChildren().add(label);
        }
        javafx.scene.control.Tooltip.install(line, new javafx.scene.control.Tooltip(text));
    }

    /** The dashed arrow from a DNS record to the component its name resolves to; not a traffic link. */
    static LinkSkin resolvesTo(Bounds dns, Bounds target) {
        LinkSkin skin = new LinkSkin(dns, target, "resolves to");
        skin.getStyleClass().addAll("link-skin", "dns-resolution");
        return skin;
    }

    private static double centerX(Bounds b) {
        return b.x() + b.width() / 2;
    }

    private static double centerY(Bounds b) {
        return b.y() + b.height() / 2;
    }

    /** Where the line from the centre of {@code b} towards (tx, ty) leaves its rectangle. */
    static double[] edgePoint(Bounds b, double tx, double ty) {
        double cx = centerX(b);
        double cy = centerY(b);
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scaleX = dx == 0 ? Double.POSITIVE_INFINITY : (b.width() / 2) / Math.abs(dx);
        double scaleY = dy == 0 ? Double.POSITIVE_INFINITY : (b.height() / 2) / Math.abs(dy);
        double scale = Math.min(scaleX, scaleY);
        return new double[] {cx + dx * scale, cy + dy * scale};
    }
}
