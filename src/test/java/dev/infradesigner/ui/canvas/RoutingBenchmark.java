package dev.infradesigner.ui.canvas;

import dev.infradesigner.bench.CanvasDesigns;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * What routing costs the canvas, without a window: for CanvasPerf's designs, the links whose centre lines
 * cross a view of 1440 x 900 px at 50% zoom (the most the canvas shows) are routed from a cold cache, as
 * when such a view first appears, and again warm. Run: {@code java -cp ... dev.infradesigner.ui.canvas.RoutingBenchmark 50 5000}.
 */
public final class RoutingBenchmark {

    private RoutingBenchmark() {
    }

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            for (String arg : args) {
                run(Integer.parseInt(arg), round == 0);
            }
        }
    }

    private static void run(int size, boolean warmUp) {
        Design d = CanvasDesigns.generate(size);
        SpatialGrid components = new SpatialGrid();
        SpatialGrid links = new SpatialGrid();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Component c : d.components()) {
            components.addBox(c.id(), c.bounds());
            minX = Math.min(minX, c.bounds().x());
            minY = Math.min(minY, c.bounds().y());
            maxX = Math.max(maxX, c.bounds().maxX());
            maxY = Math.max(maxY, c.bounds().maxY());
        }
        for (Link l : d.links()) {
            var p = LinkGeometry.skeleton(d, l);
            links.addSegment(l.id(), p.get(0).x(), p.get(0).y(), p.get(1).x(), p.get(1).y());
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        Bounds view = new Bounds(cx - 1440, cy - 900, 2880, 1800);
        List<Link> inView = new ArrayList<>();
        for (String id : links.candidates(view)) {
            d.link(id).ifPresent(inView::add);
        }
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            LinkRoutes routes = new LinkRoutes(components::candidates, links::candidates);
            long t0 = System.nanoTime();
            for (Link l : inView) {
                routes.routed(d, l, LinkSkin.text(l));
            }
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        if (!warmUp) {
            System.out.printf("%d components, %d links, %d in view: routing them cold takes %.1f ms (median of 5),"
                    + " %.0f us per link%n", d.components().size(), d.links().size(), inView.size(),
                    times[2] / 1e6, times[2] / 1e3 / Math.max(1, inView.size()));
        }
    }
}
