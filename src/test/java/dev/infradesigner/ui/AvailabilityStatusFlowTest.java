package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar gives the design's availability beside the finding counts, worked out in the background
 * after each audit: it follows the design on screen as samples open, as the user edits, and under a
 * what-if, with the simulated parts down for certain.
 */
@ExtendWith(ApplicationExtension.class)
class AvailabilityStatusFlowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void aTargetTypedInTheInspectorIsCheckedAndUndone(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        robot.interact(() -> window.canvas().selection().clear());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField target = robot.lookup("#field-design-availability-target")
                .queryAs(javafx.scene.control.TextField.class);
        assertEquals("", target.getText(), "no target yet");
        robot.clickOn(target).write("99.9").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.audit().resultProperty().get().findings()
                .stream().anyMatch(f -> f.ruleId().equals("availability.below-target")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Optional.of(0.999), window.document().getDesign().availabilityTarget());
        assertEquals("Aim at 99.9% availability", window.document().undoTextProperty().get());
        assertEquals("3 errors, 7 warnings, 0 info", robot.lookup("#status-findings").queryAs(Label.class).getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.audit().resultProperty().get().findings()
                .stream().noneMatch(f -> f.ruleId().equals("availability.below-target")));
        assertEquals(java.util.Optional.empty(), window.document().getDesign().availabilityTarget(),
                "setting the target is one undoable step");
    }

    private Label status(FxRobot robot) {
        return robot.lookup("#status-availability").queryAs(Label.class);
    }

    private void awaitText(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text.equals(status(robot).getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAvailabilityFollowsTheDesignOnScreen(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        awaitText(robot, "Availability 99.4455%");
        String details = status(robot).getTooltip().getText();
        assertTrue(details.contains("Reads: 99.4455%, 48.6 hours a year down"), details);
        assertTrue(details.contains("Writes: 98.9026%, 96.2 hours a year down"), details);
        assertTrue(details.contains("Most of the downtime: Server 1 90%"), details);

        // What-if: the load balancer's server down for certain leaves users nothing.
        driver.fit();
        robot.clickOn(driver.headerOf("server-1"), javafx.scene.input.MouseButton.SECONDARY);
        robot.clickOn("Simulate Failure");
        awaitText(robot, "Availability with 2 down 0.0000%");
        robot.clickOn(driver.headerOf("server-1"), javafx.scene.input.MouseButton.SECONDARY);
        robot.clickOn("End Failure Simulation");
        awaitText(robot, "Availability 99.4455%");

        driver.openSampleFromMenu(4);
        awaitText(robot, "Availability 99.9873%");

        // Delete the second application server's host: the first one is then alone, and a single point.
        driver.fit();
        robot.clickOn(driver.headerOf("app-server-2"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().getDesign().contains("app-server-2"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !"Availability 99.9873%".equals(status(robot).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        String after = status(robot).getText();
        assertTrue(after.startsWith("Availability 99."), after);
        double shown = Double.parseDouble(after.replace("Availability ", "").replace("%", ""));
        assertTrue(shown < 99.9873, "one application server fewer is less available: " + after);
        assertEquals(true, status(robot).getTooltip().getText().contains("App server 1"),
                status(robot).getTooltip().getText());
    }
}
