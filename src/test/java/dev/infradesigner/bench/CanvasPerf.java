package dev.infradesigner.bench;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.AppSettings;
import dev.infradesigner.ui.MainWindow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
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
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

/**
 * The canvas harness (not a timed test): the real window under a real display (Xvfb), generated designs of
 * 50, 500 and 5,000 components, each in a JVM of its own. Measures open-to-first-frame, frame times while
 * panning, zooming and editing (pulses uncapped with {@code javafx.animation.fullspeed}, so a frame's time
 * is its work), RSS and the live heap. Run: see docs/canvas-performance.md.
 */
public final class CanvasPerf {

    private static final double PHASE_SECONDS = 3;
    private static final double EDIT_SECONDS = 6;

    private CanvasPerf() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Integer.parseInt(args[1]));
            return;
        }
        List<Integer> sizes = args.length == 0 ? List.of(50, 500, 5000) : Arrays.stream(args).map(Integer::valueOf).toList();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            List<String> command = new ArrayList<>(List.of(java, "-Djavafx.animation.fullspeed=true",
                    "-Dinfradesigner.profile=canvas-perf", "-cp", System.getProperty("java.class.path")));
            String extra = System.getProperty("perf.jvm");
            if (extra != null && !extra.isBlank()) {
                command.addAll(1, Arrays.asList(extra.trim().split("\\s+")));
            }
            command.addAll(List.of(CanvasPerf.class.getName(), "--child", Integer.toString(size)));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("| ")) {
                        rows.add(line);
                    }
                }
            }
            p.waitFor();
        }
        System.out.println("| components | links | open to first frame (ms) | pan p50 / p95 (ms) | zoom p50 / p95 (ms) "
                + "| setting edits p50 / p95 / max (ms) | frames over 16.7 ms | findings updates / edits "
                + "| skins in view | RSS after pan+zoom (MB) | RSS after edits (MB) | RSS 10 s later (MB) | heap used (MB) |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    private static void child(int size) throws Exception {
        Design design = CanvasDesigns.generate(size);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        ScenePngs.onFx(() -> {
            Stage stage = new Stage();
            AppSettings settings = new AppSettings("canvas-perf-" + ProcessHandle.current().pid());
            settings.reset();
            window.set(new MainWindow(stage, settings));
            window.get().show();
        });
        Thread.sleep(1500);
        long[] open = new long[2];
        CountDownLatch painted = new CountDownLatch(1);
        ScenePngs.onFx(() -> {
            AnimationTimer frames = new AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    // The second tick after show: the pulse that laid out and drew the design has finished.
                    if (++ticks == 2) {
                        open[1] = System.nanoTime();
                        stop();
                        painted.countDown();
                    }
                }
            };
            open[0] = System.nanoTime();
            window.get().document().show(design, null, "bench");
            frames.start();
        });
        painted.await();
        Thread.sleep(1500);
        var canvas = window.get().canvas();
        Component centre = design.components().get(design.components().size() / 2);
        ScenePngs.onFx(() -> {
            canvas.actualSize();
            canvas.reveal(centre.bounds());
        });
        double[] pan = phase(PHASE_SECONDS, t -> canvas.panBy(Math.cos(t * 2) * 14, Math.sin(t * 2) * 14));
        double[] zoom = phase(PHASE_SECONDS, t -> {
            double target = 1 + 0.5 * Math.sin(t * 2);
            canvas.zoomAt(target / canvas.zoomProperty().get(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        System.gc();
        Thread.sleep(500);
        long rssAfterPanZoom = rssKb() / 1024;
        // Editing a setting in the inspector, as a user would: the load balancer's health check, on and off
        // every 300 ms, so that each change is audited (after the 150 ms debounce) and its finding
        // ("no health check") comes and goes in the findings panel, the status bar and the badges.
        Component lb = design.componentsOf(ComponentKind.LOAD_BALANCER).get(0);
        ScenePngs.onFx(() -> {
            canvas.actualSize();
            canvas.reveal(lb.bounds());
            canvas.selection().only(lb.id());
        });
        Thread.sleep(1500);
        int[] audited = {0};
        ScenePngs.onFx(() -> window.get().audit().resultProperty().addListener((obs, old, now) -> audited[0]++));
        int[] edits = {0};
        double[] nextEdit = {0};
        double[] edit = phase(EDIT_SECONDS, t -> {
            if (t >= nextEdit[0]) {
                nextEdit[0] = t + 0.3;
                ((CheckBox) canvas.getScene().lookup("#field-healthCheck-enabled")).fire();
                edits[0]++;
            }
        });
        Thread.sleep(500);
        int[] updates = new int[1];
        ScenePngs.onFx(() -> updates[0] = audited[0]);
        int[] skins = new int[1];
        ScenePngs.onFx(() -> skins[0] = canvas.skinCount());
        System.gc();
        Thread.sleep(500);
        long rssAfterEdits = rssKb() / 1024;
        // And once the window has sat idle for a while, as a user's would: the JVM returns the compilers'
        // scratch memory every few seconds.
        Thread.sleep(10_000);
        long rssSettled = rssKb() / 1024;
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.println(String.format(Locale.ROOT, "| %d | %d | %.0f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f / %.1f "
                + "| %.0f | %d / %d | %d | %d | %d | %d | %d |",
                design.components().size(), design.links().size(), (open[1] - open[0]) / 1e6, pan[0], pan[1], zoom[0],
                zoom[1], edit[0], edit[1], edit[2], edit[3], updates[0], edits[0], skins[0], rssAfterPanZoom,
                rssAfterEdits, rssSettled, heap));
        Platform.exit();
        System.exit(0);
    }

    /**
     * Runs {@code step} every frame for {@code seconds}; returns the p50, p95 and max of the frame intervals
     * and how many of them were over 16.7 ms (a dropped frame at 60 Hz).
     */
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
        long slow = Arrays.stream(sorted).filter(ms -> ms > 1000.0 / 60).count();
        return new double[] {percentile(sorted, 0.5), percentile(sorted, 0.95),
            sorted.length == 0 ? 0 : sorted[sorted.length - 1], slow};
    }

    /** The value at fraction {@code p} of {@code sorted} (0 for none), as both harnesses report it. */
    static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static long rssKb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
