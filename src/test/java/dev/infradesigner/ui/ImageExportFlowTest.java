package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram as PNG (1x, 2x) and SVG, the findings as Markdown and HTML, and the F1 sheet. */
@ExtendWith(ApplicationExtension.class)
class ImageExportFlowTest {

    private MainWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void exportsTheDiagramAndTheFindings(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        Path one = folder.resolve("one.png");
        Path two = folder.resolve("two.png");
        exportFromMenu(driver, "#menu-export-image", "#menu-png-1x", one);
        exportFromMenu(driver, "#menu-export-image", "#menu-png-2x", two);
        exportFromMenu(driver, "#menu-export-image", "#menu-svg", folder.resolve("d.svg"));
        exportFromMenu(driver, "#menu-export-report", "#menu-report-md", folder.resolve("a.md"));
        exportFromMenu(driver, "#menu-export-report", "#menu-report-html", folder.resolve("a.html"));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage big = ImageIO.read(two.toFile());
        assertEquals(small.getWidth() * 2, big.getWidth(), 2);
        assertTrue(small.getWidth() > 1000, "the whole diagram, off-screen parts too: " + small.getWidth());
        assertTrue(Files.readString(folder.resolve("a.md")).contains("spof.load-balancer"));
        assertTrue(Files.readString(folder.resolve("d.svg")).contains("HAProxy"));

        assertTrue(Files.readString(folder.resolve("a.html")).contains("spof.load-balancer"));

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        robot.clickOn("Close");
    }

    /** File ▸ {@code submenu} ▸ {@code item}, answering its save dialog with {@code file}; waits for the file. */
    private void exportFromMenu(WindowDriver driver, String submenu, String item, Path file) throws Exception {
        window.exports().setSaveLocation((title, what, pattern, name) -> Optional.of(file));
        driver.chooseFromFileSubmenu(submenu, item);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
    }
}
