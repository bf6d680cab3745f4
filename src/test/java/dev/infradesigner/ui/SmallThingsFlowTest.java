package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The small things a new user trips over: counts that agree with their nouns, naming the design, the first view. */
@ExtendWith(ApplicationExtension.class)
class SmallThingsFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void driver(FxRobot robot) {
        driver = new WindowDriver(window, robot);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void countsAgreeWithTheirNounsAndNamesKeepTheirCapitals(FxRobot robot) throws Exception {
        robot.drag("#palette-dns", MouseButton.PRIMARY).moveTo(driver.screen(300, 200)).release(MouseButton.PRIMARY);
        driver.awaitAudit();
        assertEquals("Add DNS record", window.document().undoTextProperty().get());
        assertEquals("1 component, 0 links", text(robot, "#status-counts"));
        assertEquals("1 error", text(robot, "#filter-errors"), "the design has no entry: one error");
        assertEquals("1 error, 0 warnings, 0 info", text(robot, "#status-findings"));
    }

    @Test
    void theDesignIsNamedInTheInspectorAndItsExportsSaySo(FxRobot robot) throws Exception {
        driver.openSample(1);
        robot.interact(() -> window.canvas().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#field-design-name").queryAs(TextField.class);
        assertEquals("Simple web stack", name.getText());
        robot.doubleClickOn(name).push(KeyCode.SHORTCUT, KeyCode.A).write("Foobar shop").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Foobar shop", driver.design().name());
        assertEquals("Name the design \"Foobar shop\"", window.document().undoTextProperty().get());
        String nginx = Exporters.byId("nginx").orElseThrow().export(driver.design(), ExportMode.FULL).get(0).content();
        assertTrue(nginx.contains("from the design \"Foobar shop\""), nginx);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Simple web stack", driver.design().name(), "renaming the design is one undoable step");
        assertEquals("Simple web stack", name.getText());
    }

    @Test
    void saveAsNamesAnUntitledDesignAfterItsFile(FxRobot robot) throws Exception {
        robot.drag("#palette-users", MouseButton.PRIMARY).moveTo(driver.screen(300, 200)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Untitled", driver.design().name());
        Path file = folder.resolve("corner-shop.infra");
        robot.interact(() -> window.files().saveAsTo(file, () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !window.document().isUnsaved());
        assertEquals("corner-shop", driver.design().name());
        assertTrue(Files.readString(file).contains("\"name\" : \"corner-shop\"")
                || Files.readString(file).contains("\"name\": \"corner-shop\""), Files.readString(file));
        robot.interact(() -> window.canvas().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("corner-shop", robot.lookup("#field-design-name").queryAs(TextField.class).getText());
    }

    @Test
    void sample04OpensFittedToTheWindow(FxRobot robot) throws Exception {
        driver.openSample(4);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.canvas().zoomProperty().get() < 1);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = window.canvas().visibleArea();
        for (Component c : driver.design().components()) {
            assertTrue(view.contains(c.bounds()), c.id() + " is in view when the design opens");
        }
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertTrue(!zoom.getText().equals("100%"), zoom.getText());
    }
}
