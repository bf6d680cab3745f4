package dev.infradesigner.analysis.layout;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One leg of an orthogonal route (card or waypoint to card or waypoint): the sparse grid around it and an
 * A* search over (grid point, axis) with a cost per bend. See {@link OrthogonalRouter} for the why.
 */
final class RouteSearch {

    private static final int H = 0;
    private static final int V = 1;

    private final Bounds startCard;
    private final Point startPoint;
    private final Bounds goalCard;
    private final Point goalPoint;
    private final List<Bounds> obstacles = new ArrayList<>();
    private double[] xs;
    private double[] ys;
    private boolean[] nodeBlocked;
    private boolean[] hBlocked;
    private boolean[] vBlocked;
    private Bounds box;

    /**
     * @param wide whether to search wider than the ends' box: out to the far sides of whatever overlaps it,
     *             for a leg that found no way within the ends' box (a long title bar across its way)
     */
    RouteSearch(Bounds startCard, Point startPoint, Bounds goalCard, Point goalPoint, List<Bounds> all,
            boolean wide) {
        this.startCard = startCard;
        this.startPoint = startPoint;
        this.goalCard = goalCard;
        this.goalPoint = goalPoint;
        box = searchBox();
        if (wide) {
            double minX = box.x();
            double minY = box.y();
            double maxX = box.maxX();
            double maxY = box.maxY();
            for (Bounds o : all) {
                if (o.overlaps(box)) {
                    minX = Math.min(minX, o.x() - OrthogonalRouter.REACH);
                    minY = Math.min(minY, o.y() - OrthogonalRouter.REACH);
                    maxX = Math.max(maxX, o.maxX() + OrthogonalRouter.REACH);
                    maxY = Math.max(maxY, o.maxY() + OrthogonalRouter.REACH);
                }
            }
            box = new Bounds(minX, minY, maxX - minX, maxY - minY);
        }
        for (Bounds o : all) {
            if (o.overlaps(box)) {
                obstacles.add(o);
            }
        }
    }

    private Bounds searchBox() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Bounds b : new Bounds[] {startCard, goalCard}) {
            if (b != null) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
        }
        for (Point p : new Point[] {startPoint, goalPoint}) {
            if (p != null) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double r = OrthogonalRouter.REACH;
        return new Bounds(minX - r, minY - r, maxX - minX + 2 * r, maxY - minY + 2 * r);
    }

    /** The leg's points from start to goal, or null when there is no way (or too much in the way). */
    List<Point> find() {
        if (obstacles.size() > OrthogonalRouter.MAX_OBSTACLES) {
            return null;
        }
        buildGrid();
        List<int[]> starts = terminals(startCard, startPoint, true);
        List<int[]> goals = terminals(goalCard, goalPoint, false);
        if (starts.isEmpty() || goals.isEmpty()) {
            return null;
        }
        return search(starts, goals);
    }

    private void buildGrid() {
        double m = OrthogonalRouter.MARGIN;
        List<Double> xl = new ArrayList<>(List.of(box.x(), box.maxX()));
        List<Double> yl = new ArrayList<>(List.of(box.y(), box.maxY()));
        for (Bounds o : obstacles) {
            xl.add(o.x() - m);
            xl.add(o.maxX() + m);
            yl.add(o.y() - m);
            yl.add(o.maxY() + m);
            boolean end = o == startCard || o == goalCard;
            if (end) {
                xl.add(o.x());
                xl.add(o.maxX());
                xl.add(o.centerX());
                yl.add(o.y());
                yl.add(o.maxY());
                yl.add(o.centerY());
            }
        }
        for (Point p : new Point[] {startPoint, goalPoint}) {
            if (p != null) {
                xl.add(p.x());
                yl.add(p.y());
            }
        }
        xs = unique(xl, box.x(), box.maxX());
        ys = unique(yl, box.y(), box.maxY());
        // Where unique() merged values a rounding apart, the ends' and the waypoints' own values win, so a
        // route passes a waypoint exactly and meets a card exactly on its side.
        for (Bounds o : new Bounds[] {startCard, goalCard}) {
            if (o != null) {
                for (double v : new double[] {o.x(), o.maxX(), o.centerX()}) {
                    snap(xs, v);
                }
                for (double v : new double[] {o.y(), o.maxY(), o.centerY()}) {
                    snap(ys, v);
                }
            }
        }
        for (Point p : new Point[] {startPoint, goalPoint}) {
            if (p != null) {
                snap(xs, p.x());
                snap(ys, p.y());
            }
        }
        int n = xs.length * ys.length;
        nodeBlocked = new boolean[n];
        hBlocked = new boolean[n];
        vBlocked = new boolean[n];
        double clearance = OrthogonalRouter.CLEARANCE;
        for (Bounds o : obstacles) {
            boolean end = o == startCard || o == goalCard;
            // A route keeps clear of what it passes: no running along a card's edge or between a title bar
            // and the card right under it. The ends are blocked as they are: their ports are on their sides.
            block(end ? o : new Bounds(o.x() - clearance, o.y() - clearance, o.width() + 2 * clearance,
                    o.height() + 2 * clearance));
        }
    }

    private static double[] unique(List<Double> values, double min, double max) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> v >= min && v <= max)
                .sorted().toArray();
        int k = 0;
        for (double v : sorted) {
            if (k == 0 || v - sorted[k - 1] > 1e-6) {
                sorted[k++] = v;
            }
        }
        return Arrays.copyOf(sorted, k);
    }

    /** Marks the points strictly inside {@code o} and the grid edges that cross its inside. */
    private void block(Bounds o) {
        int nx = xs.length;
        int x0 = firstAbove(xs, o.x());
        int x1 = lastBelow(xs, o.maxX());
        int y0 = firstAbove(ys, o.y());
        int y1 = lastBelow(ys, o.maxY());
        // Horizontal edges (i, j)-(i+1, j) on rows strictly inside, whose span overlaps the inside.
        int e0 = Math.max(0, firstAbove(xs, o.x()) - 1);
        int e1 = Math.min(nx - 2, lastBelow(xs, o.maxX()));
        for (int j = y0; j <= y1; j++) {
            for (int i = e0; i <= e1; i++) {
                hBlocked[j * nx + i] = true;
            }
            for (int i = x0; i <= x1; i++) {
                nodeBlocked[j * nx + i] = true;
            }
        }
        int f0 = Math.max(0, firstAbove(ys, o.y()) - 1);
        int f1 = Math.min(ys.length - 2, lastBelow(ys, o.maxY()));
        for (int i = x0; i <= x1; i++) {
            for (int j = f0; j <= f1; j++) {
                vBlocked[j * nx + i] = true;
            }
        }
    }

    /** The first index whose value is above {@code v} (length when none). */
    private static int firstAbove(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The last index whose value is below {@code v} (-1 when none). */
    private static int lastBelow(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        return i >= 0 ? i - 1 : -i - 2;
    }

    private static void snap(double[] a, double v) {
        int i = index(a, v);
        if (i >= 0) {
            a[i] = v;
        }
    }

    /** The index of {@code v} in {@code a}, allowing for the rounding that {@link #unique} merged away. */
    private static int index(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        if (above < a.length && a[above] - v <= 1e-6) {
            return above;
        }
        return above > 0 && v - a[above - 1] <= 1e-6 ? above - 1 : -1;
    }

    /**
     * The ways in or out of a terminal as {node, axis, port node}: for a card, the grid point just outside
     * the middle of each side that is free (moving along the side's normal); for a waypoint, itself on
     * either axis.
     */
    private List<int[]> terminals(Bounds card, Point point, boolean start) {
        List<int[]> out = new ArrayList<>();
        int nx = xs.length;
        if (point != null) {
            int i = index(xs, point.x());
            int j = index(ys, point.y());
            if (i >= 0 && j >= 0) {
                out.add(new int[] {j * nx + i, H, -1});
                out.add(new int[] {j * nx + i, V, -1});
            }
            return out;
        }
        int cx = index(xs, card.centerX());
        int cy = index(ys, card.centerY());
        int left = index(xs, card.x());
        int right = index(xs, card.maxX());
        int top = index(ys, card.y());
        int bottom = index(ys, card.maxY());
        if (cx < 0 || cy < 0 || left < 0 || right < 0 || top < 0 || bottom < 0) {
            return out;
        }
        side(out, right, cy, 1, 0, H);
        side(out, left, cy, -1, 0, H);
        side(out, cx, bottom, 0, 1, V);
        side(out, cx, top, 0, -1, V);
        return out;
    }

    /** Adds the way out of port (i, j) one grid step along (di, dj), if that step is free. */
    private void side(List<int[]> out, int i, int j, int di, int dj, int axis) {
        int nx = xs.length;
        int oi = i + di;
        int oj = j + dj;
        if (oi < 0 || oj < 0 || oi >= nx || oj >= ys.length) {
            return;
        }
        int from = j * nx + i;
        int to = oj * nx + oi;
        boolean free = !nodeBlocked[to] && (axis == H ? !hBlocked[j * nx + Math.min(i, oi)]
                : !vBlocked[Math.min(j, oj) * nx + i]);
        if (free) {
            out.add(new int[] {to, axis, from});
        }
    }

    private List<Point> search(List<int[]> starts, List<int[]> goals) {
        int nx = xs.length;
        int n = xs.length * ys.length;
        double[] cost = new double[n * 2];
        int[] previous = new int[n * 2];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
        // Goal ways: the node just outside a port, reached moving along the port's normal (the other
        // axis costs a bend first).
        int[] goalPort = new int[n];
        int[] goalAxis = new int[n];
        Arrays.fill(goalPort, -2);
        for (int[] g : goals) {
            goalPort[g[0]] = g[2];
            goalAxis[g[0]] = g[1];
        }
        PriorityQueue<double[]> open = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        int[] startPort = new int[n * 2];
        Arrays.fill(startPort, -2);
        for (int[] s : starts) {
            int state = s[0] * 2 + s[1];
            double c = s[2] >= 0 ? distance(s[2], s[0]) : 0;
            if (c < cost[state]) {
                cost[state] = c;
                startPort[state] = s[2];
                open.add(new double[] {c + heuristic(s[0], goals), state});
            }
        }
        double best = Double.POSITIVE_INFINITY;
        int bestState = -1;
        while (!open.isEmpty()) {
            double[] top = open.poll();
            int state = (int) top[1];
            int node = state / 2;
            int axis = state % 2;
            double c = cost[state];
            if (top[0] >= best) {
                break;
            }
            if (top[0] > c + heuristic(node, goals) + 1e-9) {
                continue;
            }
            if (goalPort[node] != -2) {
                double total = c + (axis == goalAxis[node] ? 0 : OrthogonalRouter.BEND)
                        + (goalPort[node] >= 0 ? distance(node, goalPort[node]) : 0);
                if (total < best) {
                    best = total;
                    bestState = state;
                }
            }
            int i = node % nx;
            int j = node / nx;
            relax(open, cost, previous, goals, state, i + 1, j, H, !hBlocked[j * nx + i]);
            relax(open, cost, previous, goals, state, i - 1, j, H, i > 0 && !hBlocked[j * nx + i - 1]);
            relax(open, cost, previous, goals, state, i, j + 1, V, j + 1 < ys.length && !vBlocked[j * nx + i]);
            relax(open, cost, previous, goals, state, i, j - 1, V, j > 0 && !vBlocked[(j - 1) * nx + i]);
        }
        if (bestState < 0) {
            return null;
        }
        List<Point> path = new ArrayList<>();
        int node = bestState / 2;
        if (goalPort[node] >= 0) {
            path.add(point(goalPort[node]));
        }
        int state = bestState;
        int last = state;
        while (state >= 0) {
            path.add(point(state / 2));
            last = state;
            state = previous[state];
        }
        if (startPort[last] >= 0) {
            path.add(point(startPort[last]));
        }
        Collections.reverse(path);
        return path;
    }

    private void relax(PriorityQueue<double[]> open, double[] cost, int[] previous, List<int[]> goals, int state,
            int i, int j, int axis, boolean free) {
        int nx = xs.length;
        if (!free || i < 0 || j < 0 || i >= nx || j >= ys.length) {
            return;
        }
        int node = j * nx + i;
        if (nodeBlocked[node]) {
            return;
        }
        int from = state / 2;
        double c = cost[state] + distance(from, node) + (state % 2 == axis ? 0 : OrthogonalRouter.BEND);
        int next = node * 2 + axis;
        if (c < cost[next] - 1e-9) {
            cost[next] = c;
            previous[next] = state;
            open.add(new double[] {c + heuristic(node, goals), next});
        }
    }

    private double heuristic(int node, List<int[]> goals) {
        double h = Double.POSITIVE_INFINITY;
        for (int[] g : goals) {
            h = Math.min(h, distance(node, g[0]));
        }
        return h;
    }

    private double distance(int a, int b) {
        int nx = xs.length;
        return Math.abs(xs[a % nx] - xs[b % nx]) + Math.abs(ys[a / nx] - ys[b / nx]);
    }

    private Point point(int node) {
        int nx = xs.length;
        return new Point(xs[node % nx], ys[node / nx]);
    }
}
