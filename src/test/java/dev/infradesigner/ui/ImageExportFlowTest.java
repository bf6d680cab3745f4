package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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
        robot.interact(() -> window.files().openSample(BundledSamples.all().get(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getDesign().contains("lb"));
        Path one = folder.resolve("one.png");
        Path two = folder.resolve("two.png");
        robot.interact(() -> {
            window.exports().png(one, 1);
            window.exports().png(two, 2);
            window.exports().svg(folder.resolve("d.svg"));
            window.exports().markdown(folder.resolve("a.md"));
            window.exports().html(folder.resolve("a.html"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(two) && Files.exists(folder.resolve("a.html"))
                && Files.exists(one) && Files.exists(folder.resolve("d.svg")) && Files.exists(folder.resolve("a.md")));
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage big = ImageIO.read(two.toFile());
        assertEquals(small.getWidth() * 2, big.getWidth(), 2);
        assertTrue(small.getWidth() > 1000, "the whole diagram, off-screen parts too: " + small.getWidth());
        assertTrue(Files.readString(folder.resolve("a.md")).contains("spof.load-balancer"));
        assertTrue(Files.readString(folder.resolve("d.svg")).contains("HAProxy"));

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        robot.clickOn("Close");
    }
}
