package dev.infradesigner.ui.canvas;

import dev.infradesigner.analysis.layout.Placed;
import dev.infradesigner.analysis.layout.TidyLayout;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.edit.Performer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Arrange ▸ Tidy Up: the whole design, or only the selection, laid out as its traffic flows, in one undoable
 * step. A big design is laid out on a background thread (5,000 components take about a second) while the
 * window stays usable; the result is applied only to the design it was computed for.
 */
final class TidyUp {

    /** Below this many components the layout takes a few milliseconds: done at once, no waiting. */
    private static final int AT_ONCE = 300;

    private final DesignCanvas canvas;
    private final Performer performer;
    private boolean running;

    TidyUp(DesignCanvas canvas, Performer performer) {
        this.canvas = canvas;
        this.performer = performer;
        warmUpSoon();
    }

    /** Loads the layout library a few seconds after start, on a low-priority thread, off the window's way. */
    private static void warmUpSoon() {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(3000);
                TidyLayout.warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The first real Tidy Up reports what went wrong.
            }
        }, "infra-designer-layout-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run(List<String> selected, Consumer<String> status) {
        if (running) {
            return;
        }
        Design before = canvas.getDesign();
        if (before.components().isEmpty()) {
            return;
        }
        boolean whole = selected.isEmpty() || selected.size() == before.components().size();
        String description = whole ? "Tidy up" : "Tidy up the selection";
        Callable<Map<String, Bounds>> layout = () -> whole ? TidyLayout.all(before)
                : TidyLayout.selection(before, selected);
        if (before.components().size() < AT_ONCE) {
            try {
                apply(before, layout.call(), description, whole);
            } catch (Exception e) {
                status.accept("Tidy Up failed: " + e.getMessage());
            }
            return;
        }
        running = true;
        status.accept("Tidying up " + before.components().size() + " components\u2026");
        BackgroundWork.run(layout, bounds -> {
            running = false;
            if (canvas.getDesign() != before) {
                status.accept("Tidy Up was left out: the design changed meanwhile");
                return;
            }
            apply(before, bounds, description, whole);
        }, error -> {
            running = false;
            status.accept("Tidy Up failed: " + error.getMessage());
        });
    }

    private void apply(Design before, Map<String, Bounds> bounds, String description, boolean whole) {
        performer.perform(d -> new Outcome(Placed.apply(d, bounds), description, List.of()), null);
        if (whole && canvas.getDesign() != before) {
            canvas.zoomToFit();
        }
    }
}
