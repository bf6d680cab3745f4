package dev.infradesigner.ui;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Pictures of every screen of one design for a person to look at (cut-off text, overlaps): the window with
 * nothing selected, the diagram as File ▸ Export Image makes it, with a component of each kind selected, the shortcut sheet, the export dialog and a
 * what-if view. Not a test: run it on a display (Xvfb) with the test class path,
 * {@code java -cp ... dev.infradesigner.ui.ScreenReview samples/04-scaled-up.infra OUT_FOLDER}.
 */
public final class ScreenReview {

    private ScreenReview() {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/review");
        Files.createDirectories(out);
        String name = sample.getFileName().toString().replace(".infra", "");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        ScenePngs.onFx(() -> {
            window.set(new MainWindow(new Stage(), TestProfiles.fresh()));
            window.get().show();
            window.get().files().open(sample);
        });
        Thread.sleep(5000);
        Scene scene = window.get().canvas().getScene();
        ScenePngs.save(scene, out.resolve(name + "-main.png"));
        AtomicReference<WritableImage> diagram = new AtomicReference<>();
        ScenePngs.onFx(() -> diagram.set(window.get().canvas().snapshotDiagram(1)));
        ScenePngs.save(diagram.get(), out.resolve(name + "-diagram.png"));
        for (ComponentKind kind : List.of(ComponentKind.LOAD_BALANCER, ComponentKind.SERVER, ComponentKind.DATABASE,
                ComponentKind.WEB_SERVER, ComponentKind.DNS, ComponentKind.MONITORING_AGENT, ComponentKind.FIREWALL)) {
            List<Component> of = window.get().document().getDesign().componentsOf(kind);
            if (of.isEmpty()) {
                continue;
            }
            ScenePngs.onFx(() -> window.get().canvas().selection().only(of.get(0).id()));
            Thread.sleep(1200);
            ScenePngs.save(scene, out.resolve(name + "-" + kind.key() + ".png"));
        }
        ScenePngs.onFx(() -> {
            window.get().canvas().selection().clear();
            ShortcutSheet.show(scene.getWindow());
        });
        Thread.sleep(1500);
        ScenePngs.save(other(scene), out.resolve(name + "-shortcuts.png"));
        Scene sheet = other(scene);
        ScenePngs.onFx(() -> ((Stage) sheet.getWindow()).close());
        List<Component> servers = window.get().document().getDesign().componentsOf(ComponentKind.SERVER);
        if (!servers.isEmpty()) {
            ScenePngs.onFx(() -> window.get().canvas().simulatedFailures().add(servers.get(0).id()));
            Thread.sleep(1500);
            ScenePngs.save(scene, out.resolve(name + "-what-if.png"));
            ScenePngs.onFx(() -> window.get().canvas().simulatedFailures().clear());
        }
        ScenePngs.onFx(() -> window.get().files().exportConfiguration());
        Thread.sleep(5000);
        ScenePngs.save(other(scene), out.resolve(name + "-export.png"));
        Platform.exit();
        System.exit(0);
    }

    /** The scene of the window on show other than the main one (a dialog). */
    private static Scene other(Scene main) throws InterruptedException {
        AtomicReference<Scene> found = new AtomicReference<>();
        ScenePngs.onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != main)
                .reduce((a, b) -> b).ifPresent(w -> found.set(w.getScene())));
        return found.get();
    }
}
