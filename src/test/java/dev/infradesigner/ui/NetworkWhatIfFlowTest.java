package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Simulate Failure on network devices, with the mouse: on the redundant network of sample 05 a switch's loss
 * cuts nothing off; once the user deletes the second switch, the first one's loss turns everything users
 * reach through it red, as {@code spof.network} says.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkWhatIfFlowTest {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CUT_OFF = PseudoClass.getPseudoClass("cut-off");

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private boolean shows(String id, PseudoClass state) {
        return window.canvas().skinOf(id).getPseudoClassStates().contains(state);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    private void simulate(FxRobot robot, WindowDriver driver, String id, String item) {
        robot.clickOn(driver.centreOf(id), MouseButton.SECONDARY);
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSwitchsLossCutsOffWhatOnlyItCarries(FxRobot robot) throws Exception {
        WindowDriver driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(5);
        driver.fit();

        simulate(robot, driver, "switch-a", "Simulate Failure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvas().whatIfProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows("switch-a", FAILED), "the switch fails");
        for (String id : List.of("web-1", "app-1", "db-1", "lb-1")) {
            assertFalse(shows(id, CUT_OFF), id + " is still reached through Switch B");
        }
        assertTrue(status(robot).contains("Users still reach every tier"), status(robot));
        simulate(robot, driver, "switch-a", "End Failure Simulation");
        assertTrue(window.canvas().whatIfProperty().get() == null);

        // Take the second switch away, as a user trimming the design would: click it, press Delete.
        driver.click("switch-b");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().getDesign().contains("switch-b"));
        WaitForAsyncUtils.waitForFxEvents();

        simulate(robot, driver, "switch-a", "Simulate Failure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvas().whatIfProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shows("switch-a", FAILED));
        for (String id : List.of("web-1", "web-2", "app-1", "app-2", "db-1", "db-2")) {
            assertTrue(shows(id, CUT_OFF), id + " turns red: every path to it ran through Switch A");
        }
        assertFalse(shows("users", CUT_OFF), "users never fail");
        assertTrue(status(robot).contains("Users cannot reach: "), status(robot));
        assertFalse(shows("router-a", FAILED), "only the switch fails");
        simulate(robot, driver, "switch-a", "End Failure Simulation");
        assertFalse(shows("web-1", CUT_OFF));
    }
}
