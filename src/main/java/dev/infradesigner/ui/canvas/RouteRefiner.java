package dev.infradesigner.ui.canvas;

import java.util.ArrayList;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Routes, a few milliseconds per frame, the links that came into view drawn with a stand-in route (see
 * {@link LinkRoutes#budget}), and redraws each; it runs only while some wait, so an idle canvas asks for
 * no frames.
 */
final class RouteRefiner {

    /** The routing time one frame may spend. */
    static final long BUDGET_NANOS = 4_000_000;

    private final LinkRoutes routes;
    private final Consumer<String> redraw;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    private boolean running;

    /** @param redraw redraws the link with the given id along its route (now kept in {@code routes}) */
    RouteRefiner(LinkRoutes routes, Consumer<String> redraw) {
        this.routes = routes;
        this.redraw = redraw;
    }

    /** Starts routing on the next frames if some link waits. */
    void wake() {
        if (!running && !routes.pending().isEmpty()) {
            running = true;
            timer.start();
        }
    }

    private void step() {
        routes.budget(BUDGET_NANOS);
        try {
            for (String id : new ArrayList<>(routes.pending())) {
                if (!routes.pending().contains(id)) {
                    continue;
                }
                routes.pending().remove(id);
                redraw.accept(id);
                if (routes.pending().contains(id)) {
                    break; // out of time: it went back to wait
                }
            }
        } finally {
            routes.budget(Long.MAX_VALUE);
        }
        if (routes.pending().isEmpty()) {
            timer.stop();
            running = false;
        }
    }
}
