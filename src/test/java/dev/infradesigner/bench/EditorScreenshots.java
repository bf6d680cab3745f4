package dev.infradesigner.bench;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.ui.AppSettings;
import dev.infradesigner.ui.MainWindow;
import dev.infradesigner.ui.ScenePngs;
import dev.infradesigner.ui.export.ExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Screenshots of the editor at work, for the README: sample 02 with a finding clicked, the what-if view
 * of server 1, and the export dialog. Runs the real window on a display (Xvfb); see docs/screenshots/make.sh.
 */
public final class EditorScreenshots {

    private EditorScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        ScenePngs.onFx(() -> {
            AppSettings settings = new AppSettings("screenshots-" + ProcessHandle.current().pid());
            settings.reset();
            window.set(new MainWindow(new Stage(), settings));
            window.get().show();
            window.get().files().openSample(BundledSamples.all().get(1));
        });
        // The audit runs in the background: wait for the finding to be clicked (a busy machine takes longer).
        for (int i = 0; i < 40 && !hasFinding(window.get(), "spof.load-balancer"); i++) {
            Thread.sleep(500);
        }
        Thread.sleep(1000);
        ScenePngs.onFx(() -> {
            TableView<?> table = (TableView<?>) window.get().canvas().getScene().lookup("#findings-table");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((Finding) table.getItems().get(i)).ruleId().equals("spof.load-balancer")) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        Thread.sleep(1500);
        ScenePngs.save(window.get().canvas().getScene(), out.resolve("editor-finding.png"));
        ScenePngs.onFx(() -> {
            window.get().canvas().selection().clear();
            window.get().canvas().simulatedFailures().add("server-1");
        });
        Thread.sleep(1500);
        ScenePngs.save(window.get().canvas().getScene(), out.resolve("editor-what-if.png"));
        ScenePngs.onFx(() -> window.get().canvas().simulatedFailures().clear());
        AtomicReference<ExportDialog> dialog = new AtomicReference<>();
        ScenePngs.onFx(() -> dialog.set(window.get().files().exportConfiguration()));
        Thread.sleep(5000);
        ScenePngs.save(dialog.get().stage().getScene(), out.resolve("editor-export.png"));
        Platform.exit();
        System.exit(0);
    }

    private static boolean hasFinding(MainWindow window, String rule) throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean found = new java.util.concurrent.atomic.AtomicBoolean();
        ScenePngs.onFx(() -> {
            TableView<?> table = (TableView<?>) window.canvas().getScene().lookup("#findings-table");
            found.set(table.getItems().stream().anyMatch(f -> ((Finding) f).ruleId().equals(rule)));
        });
        return found.get();
    }
}
