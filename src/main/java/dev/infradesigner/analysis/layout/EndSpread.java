package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where the links that leave or enter one side of a card meet it: spread evenly along the side, as draw.io
 * does, instead of all at its middle, where several arrows read as one. The router routes each link on its
 * own (the canvas routes a few at a time) and ends it at a side's middle; this moves the ends afterwards,
 * knowing the other links at the card, so the canvas and the image exports, which both route through
 * {@link LinkRouting}, agree.
 *
 * <p>The ends on a side are ordered by where their routes go once they leave it: those that turn toward
 * the side's start first, the nearest turn outermost, then the straight ones, then those that turn the
 * other way; so the first legs of two links on one side do not cross.
 */
public final class EndSpread {

    private static final double EPS = 1e-6;
    private static final int NONE = -1;
    private static final int TOP = 0;
    private static final int BOTTOM = 1;
    private static final int LEFT = 2;
    private static final int RIGHT = 3;

    private EndSpread() {
    }

    /** One link's end on a side: which link, whether its start, and its route as the router made it. */
    private record End(String linkId, boolean start, List<Point> raw) {
        Point port() {
            return start ? raw.get(0) : raw.get(raw.size() - 1);
        }

        /** Point {@code i} of the route counted from this end. */
        Point outward(int i) {
            return start ? raw.get(i) : raw.get(raw.size() - 1 - i);
        }
    }

    /** An end with where it sorts along its side, worked out once. */
    private record Keyed(End end, double turn, double heading) {
    }

    /**
     * The route of {@code link} with its ends moved to their places along their sides.
     *
     * @param rawOf the route the router makes for a link of {@code design} (asked for the link's neighbours
     *              at its two cards too; a caller keeps them)
     */
    public static List<Point> spread(Design design, Link link, Function<Link, List<Point>> rawOf) {
        List<Point> raw = rawOf.apply(link);
        if (raw.size() < 2) {
            return raw;
        }
        Bounds from = design.component(link.from()).orElseThrow().bounds();
        Bounds to = design.component(link.to()).orElseThrow().bounds();
        End startEnd = new End(link.id(), true, raw);
        End endEnd = new End(link.id(), false, raw);
        Double startAt = place(design, link.from(), from, startEnd, rawOf);
        Double endAt = place(design, link.to(), to, endEnd, rawOf);
        if (startAt == null && endAt == null) {
            return raw;
        }
        List<Point> points = new ArrayList<>(raw);
        if (startAt != null) {
            shiftStart(points, link.waypoints(), alongX(side(from, startEnd.port())), startAt);
        }
        if (endAt != null) {
            Collections.reverse(points);
            shiftStart(points, link.waypoints(), alongX(side(to, endEnd.port())), endAt);
            Collections.reverse(points);
        }
        return OrthogonalRouter.simplified(points);
    }

    /** Where along its side {@code end} meets {@code card}, or null where it stays (alone on its side). */
    private static Double place(Design design, String cardId, Bounds card, End end, Function<Link, List<Point>> rawOf) {
        int side = side(card, end.port());
        if (side == NONE) {
            return null;
        }
        List<End> ends = new ArrayList<>();
        for (Link l : design.linksFrom(cardId)) {
            End e = l.id().equals(end.linkId()) ? new End(l.id(), true, end.raw()) : new End(l.id(), true, rawOf.apply(l));
            if (side(card, e.port()) == side) {
                ends.add(e);
            }
        }
        for (Link l : design.linksTo(cardId)) {
            End e = l.id().equals(end.linkId()) ? new End(l.id(), false, end.raw()) : new End(l.id(), false, rawOf.apply(l));
            if (side(card, e.port()) == side) {
                ends.add(e);
            }
        }
        if (ends.size() < 2) {
            return null;
        }
        boolean alongX = alongX(side);
        List<Keyed> keyed = new ArrayList<>(ends.size());
        for (End e : ends) {
            keyed.add(new Keyed(e, turnKey(e, alongX), heading(e, alongX)));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::turn).thenComparingDouble(Keyed::heading)
                .thenComparing(k -> k.end().linkId()).thenComparing(k -> k.end().start()));
        int k = 0;
        while (k < keyed.size() && !(keyed.get(k).end().linkId().equals(end.linkId())
                && keyed.get(k).end().start() == end.start())) {
            k++;
        }
        double first = alongX ? card.x() : card.y();
        double length = alongX ? card.width() : card.height();
        return first + length * (k + 1) / (ends.size() + 1);
    }

    /**
     * Where the end sorts: those that turn toward the side's start at {@code -1e9 + distance of the turn},
     * the straight ones at 0, those turning the other way at {@code 1e9 - distance}.
     */
    private static double turnKey(End e, boolean alongX) {
        Point port = e.port();
        for (int i = 1; i < e.raw().size(); i++) {
            double d = along(e.outward(i), alongX) - along(port, alongX);
            if (Math.abs(d) > EPS) {
                double turn = Math.abs(across(e.outward(i - 1), alongX) - across(port, alongX));
                return d < 0 ? -1e9 + turn : 1e9 - turn;
            }
        }
        return 0;
    }

    /** Where the route first goes along the side (a tie-break between ends that turn at the same distance). */
    private static double heading(End e, boolean alongX) {
        Point port = e.port();
        for (int i = 1; i < e.raw().size(); i++) {
            if (Math.abs(along(e.outward(i), alongX) - along(port, alongX)) > EPS) {
                return along(e.outward(i), alongX);
            }
        }
        return along(port, alongX);
    }

    /**
     * Moves the first point of {@code points} (on a card's side) to {@code target} along the side: the
     * first leg moves with it where its far end is a bend of the router's own, else the leg gets a jog in its
     * middle, so a waypoint stays where the person put it.
     */
    private static void shiftStart(List<Point> points, List<Point> waypoints, boolean alongX, double target) {
        Point p0 = points.get(0);
        if (Math.abs(along(p0, alongX) - target) < EPS) {
            return;
        }
        points.set(0, with(p0, alongX, target, across(p0, alongX)));
        Point p1 = points.get(1);
        boolean square = points.size() >= 3 && !waypoints.contains(p1)
                && Math.abs(along(p1, alongX) - along(p0, alongX)) < EPS
                && Math.abs(across(p1, alongX) - across(points.get(2), alongX)) < EPS;
        if (square) {
            points.set(1, with(p1, alongX, target, across(p1, alongX)));
            return;
        }
        double middle = (across(p0, alongX) + across(p1, alongX)) / 2;
        points.add(1, with(p0, alongX, along(p0, alongX), middle));
        points.add(1, with(p0, alongX, target, middle));
    }

    /** The side of {@code card} that {@code p} lies on, or {@link #NONE}. */
    static int side(Bounds card, Point p) {
        boolean inX = p.x() >= card.x() - EPS && p.x() <= card.maxX() + EPS;
        boolean inY = p.y() >= card.y() - EPS && p.y() <= card.maxY() + EPS;
        if (inX && Math.abs(p.y() - card.y()) < EPS) {
            return TOP;
        }
        if (inX && Math.abs(p.y() - card.maxY()) < EPS) {
            return BOTTOM;
        }
        if (inY && Math.abs(p.x() - card.x()) < EPS) {
            return LEFT;
        }
        if (inY && Math.abs(p.x() - card.maxX()) < EPS) {
            return RIGHT;
        }
        return NONE;
    }

    private static boolean alongX(int side) {
        return side == TOP || side == BOTTOM;
    }

    private static double along(Point p, boolean alongX) {
        return alongX ? p.x() : p.y();
    }

    private static double across(Point p, boolean alongX) {
        return alongX ? p.y() : p.x();
    }

    private static Point with(Point p, boolean alongX, double along, double across) {
        return alongX ? new Point(along, across) : new Point(across, along);
    }
}
