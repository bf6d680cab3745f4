package dev.infradesigner.bench;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.AppSettings;
import dev.infradesigner.ui.MainWindow;
import dev.infradesigner.ui.canvas.DesignCanvas;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import dev.infradesigner.ui.ScenePngs;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

/**
 * The drag harness (not a timed test), beside {@link CanvasPerf}: a card of a generated design is dragged
 * in a circle for three seconds, one mouse-drag event per frame, with the alignment guides looked up and
 * drawn on every event and the overview shown; frame times p50 / p95. Each size in a JVM of its own, pulses
 * uncapped. Run like CanvasPerf (docs/canvas-performance.md), with this class's name.
 */
public final class DragPerf {

    private static final boolean ALT = Boolean.getBoolean("drag.alt");

    private DragPerf() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Integer.parseInt(args[1]));
            return;
        }
        List<Integer> sizes = args.length == 0 ? List.of(50, 5000) : Arrays.stream(args).map(Integer::valueOf).toList();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("| components | drag p50 / p95 (ms) | frames | guides shown in frames |");
        System.out.println("| ---: | ---: | ---: | ---: |");
        for (int size : sizes) {
            List<String> command = new ArrayList<>(List.of(java, "-Djavafx.animation.fullspeed=true",
                    "-Dinfradesigner.profile=canvas-perf", "-cp", System.getProperty("java.class.path")));
            String extra = System.getProperty("perf.jvm");
            if (extra != null && !extra.isBlank()) {
                command.addAll(1, Arrays.asList(extra.trim().split("\\s+")));
            }
            command.add(1, "-Ddrag.alt=" + ALT);
            command.addAll(List.of(DragPerf.class.getName(), "--child", Integer.toString(size)));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("| ")) {
                        System.out.println(line);
                    }
                }
            }
            p.waitFor();
        }
    }

    private static void child(int size) throws Exception {
        Design design = CanvasDesigns.generate(size);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        ScenePngs.onFx(() -> {
            AppSettings settings = new AppSettings("drag-perf-" + ProcessHandle.current().pid());
            settings.reset();
            window.set(new MainWindow(new Stage(), settings));
            window.get().show();
        });
        Thread.sleep(1500);
        ScenePngs.onFx(() -> window.get().document().show(design, null, "bench"));
        Thread.sleep(1500);
        DesignCanvas canvas = window.get().canvas();
        List<Component> cards = design.components().stream().filter(c -> c.kind() != ComponentKind.SERVER
                && c.hostId() == null).toList();
        Component card = cards.get(cards.size() / 2);
        ScenePngs.onFx(() -> {
            canvas.actualSize();
            canvas.reveal(card.bounds());
            ((dev.infradesigner.ui.canvas.Overview) canvas.getScene().lookup("#overview")).shownProperty().set(true);
        });
        Thread.sleep(1000);
        Bounds b = card.bounds();
        Node skin = canvas.skinOf(card.id());
        ScenePngs.onFx(() -> fire(canvas, skin, MouseEvent.MOUSE_PRESSED, b.centerX(), b.centerY()));
        int[] guided = {0};
        double[] times = phase(3, t -> {
            fire(canvas, skin, MouseEvent.MOUSE_DRAGGED, b.centerX() + 150 * Math.cos(t * 2) - 150,
                    b.centerY() + 150 * Math.sin(t * 2));
            if (!canvas.getScene().getRoot().lookupAll(".alignment-guide").isEmpty()
                    || !canvas.getScene().getRoot().lookupAll(".spacing-hint").isEmpty()) {
                guided[0]++;
            }
        });
        System.out.println(String.format(Locale.ROOT, "| %d | %.1f / %.1f | %.0f | %d |", design.components().size(),
                times[0], times[1], times[2], guided[0]));
        Platform.exit();
        System.exit(0);
    }

    private static void fire(DesignCanvas c, Node skin, javafx.event.EventType<MouseEvent> type, double wx, double wy) {
        Point2D local = c.toLocal(wx, wy);
        Point2D scene = c.localToScene(local);
        Point2D screen = c.localToScreen(local);
        MouseEvent e = new MouseEvent(type, local.getX(), local.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, ALT, false, true, false, false, true, false, false,
                new PickResult(skin, scene.getX(), scene.getY()));
        javafx.event.Event.fireEvent(c, e);
    }

    /** Runs {@code step} every frame for {@code seconds}; the p50 and p95 of the frame intervals, and their count. */
    private static double[] phase(double seconds, java.util.function.DoubleConsumer step) throws InterruptedException {
        List<Double> intervals = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        ScenePngs.onFx(() -> new AnimationTimer() {
            private long start;
            private long last;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                } else {
                    intervals.add((now - last) / 1e6);
                }
                last = now;
                double t = (now - start) / 1e9;
                if (t > seconds) {
                    stop();
                    done.countDown();
                    return;
                }
                step.accept(t);
            }
        }.start());
        done.await();
        double[] sorted = intervals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {CanvasPerf.percentile(sorted, 0.5), CanvasPerf.percentile(sorted, 0.95), sorted.length};
    }
}
