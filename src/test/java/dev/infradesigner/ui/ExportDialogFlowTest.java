package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.export.ExportedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exporting sample 02 from the dialog into a folder whose files the real HAProxy and Nginx accept. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogFlowTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private static boolean installed(String binary) {
        return Files.isExecutable(Path.of("/usr/sbin/" + binary)) || Files.isExecutable(Path.of("/usr/bin/" + binary));
    }

    @Test
    void exportsSample02IntoAFolderThatTheDaemonsAccept(FxRobot robot) throws Exception {
        boolean daemons = installed("haproxy") && installed("nginx");
        if (!daemons) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("haproxy and nginx must be installed in CI");
            }
            Assumptions.abort("haproxy or nginx is not installed; skipping the export dialog's daemon check");
        }
        WindowDriver driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        window.files().setExportFolderChoice((owner, title) -> Optional.of(folder)); // the system's folder dialog
        robot.clickOn("#file-menu");
        driver.clickShown("#menu-export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#export-files").tryQuery().isPresent()
                && !listed(robot).isEmpty()
                && robot.lookup("#check-haproxy").queryAs(Label.class).getText().startsWith("\u2714")
                && robot.lookup("#check-nginx").queryAs(Label.class).getText().startsWith("\u2714"));
        String haproxyCheck = robot.lookup("#check-haproxy").queryAs(Label.class).getText();
        assertTrue(haproxyCheck.matches("\u2714 haproxy \\d+\\.\\d+.* accepts .*"), haproxyCheck);
        assertFalse(robot.lookup("#export-preview").queryAs(TextArea.class).getText().isBlank(), "a preview shows");

        List<ExportedFile> files = listed(robot);
        robot.clickOn("#export-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> files.stream().allMatch(f -> Files.exists(folder.resolve(f.path()))));
        for (ExportedFile f : files) {
            assertEquals(f.content(), Files.readString(folder.resolve(f.path())));
        }
        Path haproxy = files.stream().filter(f -> f.path().endsWith("haproxy.cfg")).map(f -> folder.resolve(f.path()))
                .findFirst().orElseThrow();
        assertEquals(0, run("haproxy", "-c", "-f", haproxy.toString()), "haproxy -c accepts the saved file");
        for (ExportedFile f : files.stream().filter(f -> f.path().endsWith("nginx.conf")).toList()) {
            Path conf = folder.resolve(f.path());
            Files.createDirectories(conf.getParent().resolve("logs"));
            assertEquals(0, run("nginx", "-t", "-q", "-p", conf.getParent() + "/", "-c", conf.toString(), "-g",
                    "pid " + conf.getParent().resolve("nginx.pid") + "; error_log " + conf.getParent().resolve("logs/e.log") + ";"),
                    "nginx -t accepts " + f.path());
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-summary").queryAs(Label.class)
                .getText().startsWith("Saved"));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#export-files").tryQuery().isEmpty());
    }

    /** The files the dialog lists (and previews), as the user sees them. */
    @SuppressWarnings("unchecked")
    private static List<ExportedFile> listed(FxRobot robot) {
        return List.copyOf(robot.lookup("#export-files").queryAs(ListView.class).getItems());
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        if (code != 0) {
            System.err.println(String.join(" ", command) + ": " + out);
        }
        return code;
    }
}
