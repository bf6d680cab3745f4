package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export Findings Report ▸ PDF… and File ▸ Export Image ▸ PDF…, clicked with the mouse. Only the
 * system's save dialog (which cannot be driven headless) is answered by the test, with what it was asked.
 */
@ExtendWith(ApplicationExtension.class)
class PdfExportFlowTest {

    private MainWindow window;
    private final List<String> asked = new ArrayList<>();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void theFindingsAndTheDiagramExportAsPdfFromTheFileMenu(FxRobot robot) throws Exception {
        new WindowDriver(window, robot).openSampleFromMenu(2);
        Path report = folder.resolve("report.pdf");
        Path diagram = folder.resolve("diagram.pdf");
        answerSaveDialogWith(report);
        chooseFromSubmenu(robot, "#menu-export-report", "#menu-report-pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(report));
        assertEquals(List.of("Export the findings as PDF|PDF document|*.pdf|Three-server web infrastructure-audit.pdf"),
                asked);
        String text = text(report);
        assertTrue(text.contains("Audit of Three-server web infrastructure"), text);
        for (String rule : List.of("spof.load-balancer", "https.missing", "firewall.missing", "monitoring.missing")) {
            assertTrue(text.contains(rule), rule + " in " + text);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).startsWith("Exported the findings to"));

        answerSaveDialogWith(diagram);
        chooseFromSubmenu(robot, "#menu-export-image", "#menu-pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(diagram));
        String picture = text(diagram);
        assertTrue(picture.contains("HAProxy") && picture.contains("MySQL primary"), picture);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).startsWith("Exported the diagram to"));
        try (var listing = Files.list(folder)) {
            assertEquals(2, listing.count(), "no temporary file left beside them");
        }
    }

    @Test
    void aFailedExportSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        new WindowDriver(window, robot).openSampleFromMenu(2);
        answerSaveDialogWith(folder.resolve("no-such-folder").resolve("report.pdf"));
        chooseFromSubmenu(robot, "#menu-export-report", "#menu-report-pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith("Could not export report.pdf"));
    }

    private void answerSaveDialogWith(Path file) {
        asked.clear();
        window.exports().setSaveLocation((title, what, pattern, name) -> {
            asked.add(title + "|" + what + "|" + pattern + "|" + name);
            return Optional.of(file);
        });
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** File ▸ {@code submenu} ▸ {@code item}, moving into the submenu sideways as a hand does. */
    private static void chooseFromSubmenu(FxRobot robot, String submenu, String item) throws Exception {
        robot.clickOn("#file-menu");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, submenu) != null);
        robot.clickOn(shown(robot, submenu));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, item) != null);
        javafx.geometry.Bounds target = shown(robot, item).localToScreen(shown(robot, item).getLayoutBounds());
        robot.moveTo(new Point2D(target.getMinX() + 12, robot.point(shown(robot, submenu)).query().getY()));
        robot.moveTo(new Point2D(target.getMinX() + 12, target.getCenterY()));
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).<Node>queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing() && node.isVisible())
                .findFirst().orElse(null);
    }
}
