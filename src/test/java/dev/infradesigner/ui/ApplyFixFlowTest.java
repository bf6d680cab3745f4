package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each mechanical fix, applied with one click from the findings panel, then undone with one step. */
@ExtendWith(ApplicationExtension.class)
class ApplyFixFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private void awaitAudit() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.audit().resultProperty().get().design() == window.document().getDesign());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean reports(String rule, String component) {
        return window.audit().resultProperty().get().findings().stream()
                .anyMatch(f -> f.ruleId().equals(rule) && f.componentIds().get(0).equals(component));
    }

    @SuppressWarnings("unchecked")
    private void fixThenUndo(FxRobot robot, String rule, String component) throws Exception {
        awaitAudit();
        driver.clickFinding(f -> f.ruleId().equals(rule) && f.componentIds().get(0).equals(component));
        robot.clickOn("#apply-fix");
        awaitAudit();
        assertFalse(reports(rule, component), rule + " is gone after its fix");
        String undo = window.document().undoTextProperty().get();
        driver.undo();
        assertTrue(reports(rule, component), rule + " is back after undoing \"" + undo + "\"");
    }

    @Test
    void eachFixRemovesItsFindingAndUndoBringsItBack(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        for (List<String> c : List.of(List.of("firewall.missing", "server-1"), List.of("https.missing", "lb"),
                List.of("monitoring.missing", "server-2"), List.of("spof.load-balancer", "lb"))) {
            fixThenUndo(robot, c.get(0), c.get(1));
        }
        driver.openSampleFromMenu(1);
        fixThenUndo(robot, "replication.no-replica", "mysql");
    }
}
