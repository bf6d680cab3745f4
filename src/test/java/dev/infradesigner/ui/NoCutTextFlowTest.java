package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21: nothing a user needs to read is cut without a tooltip carrying it whole. Every sample in
 * {@code samples/} is opened and the main window, every card on the canvas at actual size, the inspector
 * with one component of each kind selected, the findings table with each finding selected, the what-if
 * view of the first server and the shortcut sheet (F1) are scanned ({@link CutTextScan}).
 */
@ExtendWith(ApplicationExtension.class)
class NoCutTextFlowTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        // The window as a user first sees it, whatever size a test before left the shared stage at.
        stage.sizeToScene();
        stage.requestFocus();
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".infra")).sorted().toList();
            assertTrue(all.size() >= 4, "the samples are found: " + all);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nothingOnAnyScreenIsCutWithoutATooltip(Path sample, FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(window, robot);
        driver.open(sample);
        String name = sample.getFileName().toString();
        CutTextScan scan = new CutTextScan();
        Scene main = stage.getScene();

        driver.fit();
        scan.scan(name + ", main window", main.getRoot());

        robot.interact(() -> window.canvas().actualSize());
        List<Component> components = driver.design().components();
        for (Component c : components) {
            robot.interact(() -> window.canvas().centreAt(c.bounds().centerX(), c.bounds().centerY()));
            WaitForAsyncUtils.waitForFxEvents();
            Node skin = window.canvas().skinOf(c.id());
            assertNotNull(skin, c.id() + " is drawn once in view");
            scan.scan(name + ", card " + c.id() + " at 100%", skin);
            // The exported image has no tooltips: a card's kind is never cut, whatever the kind.
            Node kind = skin.lookup(".component-kind");
            assertTrue(kind == null || !CutTextScan.isCut((javafx.scene.control.Labeled) kind),
                    c.id() + "'s kind is shown whole");
        }

        for (ComponentKind kind : ComponentKind.values()) {
            List<Component> of = driver.design().componentsOf(kind);
            if (!of.isEmpty()) {
                robot.interact(() -> window.canvas().selection().only(of.get(0).id()));
                WaitForAsyncUtils.waitForFxEvents();
                Node inspector = main.lookup("#inspector-title").getParent();
                assertEquals(kind.displayName(), robot.lookup("#inspector-title").queryLabeled().getText());
                scan.scan(name + ", inspector of " + of.get(0).id(), inspector);
            }
        }
        robot.interact(() -> window.canvas().selection().clear());

        TableView<?> table = robot.lookup("#findings-table").queryTableView();
        for (int i = 0; i < table.getItems().size(); i++) {
            int row = i;
            robot.interact(() -> {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String rule = ((Finding) table.getItems().get(row)).ruleId();
            scan.scan(name + ", findings with " + rule + " selected", robot.lookup("#findings-panel").query());
        }
        scan.scan(name + ", main window after", main.getRoot());

        List<Component> servers = driver.design().componentsOf(ComponentKind.SERVER);
        if (!servers.isEmpty()) {
            robot.interact(() -> window.canvas().simulatedFailures().add(servers.get(0).id()));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> window.document().statusProperty().get().startsWith("What-if"));
            WaitForAsyncUtils.waitForFxEvents();
            scan.scan(name + ", what-if with " + servers.get(0).id() + " down", main.getRoot());
            robot.interact(() -> window.canvas().simulatedFailures().clear());
        }

        robot.clickOn(window.canvas());
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sheet() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Scene sheet = sheet();
        scan.scan(name + ", shortcut sheet", sheet.getRoot());
        robot.interact(() -> ((Stage) sheet.getWindow()).close());

        assertTrue(scan.labelsSeen() > 100, "the scans saw the labels: " + scan.labelsSeen());
        assertEquals(List.of(), scan.problems(), String.join("\n", scan.problems()));
    }

    private static Scene sheet() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#shortcut-sheet") != null).findFirst().orElse(null);
    }
}
