package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one link (or a DNS record's "resolves to" arrow) is drawn: which cards its route goes around, where its
 * label goes and what the label says. One place for the canvas, which routes a few links at a time from its
 * spatial index and keeps them, and for the image exports, which route a whole design at once; so a picture
 * exported from a design shows the links where the person saw them.
 */
public final class LinkRouting {

    /** A route and the centre of its label (null: no segment has room for it). */
    public record Drawn(List<Point> points, Point label) {
    }

    /** The height of a link's label, in canvas units. */
    public static final double LABEL_HEIGHT = 12;
    /** The width of one character of a label: labels are short, an estimate beats measuring every font. */
    public static final double CHAR_WIDTH = 5.6;
    /** What a DNS record's arrow says. */
    public static final String RESOLVES_TO = "resolves to";

    private LinkRouting() {
    }

    /** What the label of {@code link} says: its protocol and port ({@link Link#caption()}). */
    public static String text(Link link) {
        return link.caption();
    }

    /** The width of a label saying {@code text}. */
    public static double labelWidth(String text) {
        return text.length() * CHAR_WIDTH + 6;
    }

    /**
     * The route of {@code link} with its ends at {@code from} and {@code to}, around the components that
     * {@code near} gives for the area the router may search (any superset of those in it will do).
     */
    public static List<Point> route(Link link, Bounds from, Bounds to, Function<Bounds, List<Component>> near) {
        return route(link, from, to, link.waypoints(), near);
    }

    /** The same through other {@code waypoints} than the link's own (a drag preview). */
    public static List<Point> route(Link link, Bounds from, Bounds to, List<Point> waypoints,
            Function<Bounds, List<Component>> near) {
        List<Component> around = near.apply(searchArea(from, to, waypoints));
        return OrthogonalRouter.route(from, to, waypoints, RouteObstacles.of(link, around));
    }

    /** The area where the label of a route saying {@code text} may go: what its neighbours are looked up in. */
    public static Bounds labelArea(List<Point> points, String text) {
        return box(points, labelWidth(text) + 20, LABEL_HEIGHT + 20);
    }

    /**
     * The centre of the label of the link drawn as {@code points}, on no card and no other link where it can.
     *
     * @param near          the components in (or around) {@link #labelArea}
     * @param others        the routes of the other links routed already
     * @param placedLabels  the centres of the labels placed already, in the way too (two links out of one
     *                      side share a start)
     * @return the centre, or null when no segment is long enough to carry the label
     */
    public static Point label(List<Point> points, String text, List<Component> near, List<List<Point>> others,
            List<Point> placedLabels) {
        double width = labelWidth(text);
        List<Bounds> cards = new ArrayList<>();
        for (Component c : near) {
            cards.add(RouteObstacles.of(c));
        }
        for (Point c : placedLabels) {
            cards.add(new Bounds(c.x() - width / 2, c.y() - LABEL_HEIGHT / 2, width, LABEL_HEIGHT));
        }
        return LabelSpot.place(points, width, LABEL_HEIGHT, cards, others);
    }

    /** The arrow from a DNS record to what it resolves to, around what lies between, with its label. */
    public static Drawn resolution(Component dns, Component target, Function<Bounds, List<Component>> near) {
        List<Bounds> obstacles = new ArrayList<>();
        for (Component c : near.apply(searchArea(dns.bounds(), target.bounds(), List.of()))) {
            if (!c.id().equals(dns.id()) && !c.id().equals(target.id())) {
                obstacles.add(RouteObstacles.of(c));
            }
        }
        List<Point> points = OrthogonalRouter.route(dns.bounds(), target.bounds(), List.of(), obstacles);
        List<Bounds> cards = new ArrayList<>(obstacles);
        cards.add(dns.bounds());
        cards.add(target.bounds());
        Point label = LabelSpot.place(points, labelWidth(RESOLVES_TO), LABEL_HEIGHT, cards, List.of());
        return new Drawn(points, label);
    }

    /** Where the router may look for obstacles of a link between {@code from} and {@code to}. */
    public static Bounds searchArea(Bounds from, Bounds to, List<Point> waypoints) {
        double minX = Math.min(from.x(), to.x());
        double minY = Math.min(from.y(), to.y());
        double maxX = Math.max(from.maxX(), to.maxX());
        double maxY = Math.max(from.maxY(), to.maxY());
        for (Point p : waypoints) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double r = 1.5 * OrthogonalRouter.REACH;
        return new Bounds(minX - r, minY - r, maxX - minX + 2 * r, maxY - minY + 2 * r);
    }

    /** The box of the points, widened by {@code padX} and {@code padY} on every side. */
    public static Bounds box(List<Point> points, double padX, double padY) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX - padX, minY - padY, maxX - minX + 2 * padX, maxY - minY + 2 * padY);
    }
}
