package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.LoadBalancerSettings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Undo while an inspector field has the keyboard: the field's own text undo serves only an edit not yet
 * committed in it; once committed (Enter, or leaving the field), Ctrl+Z and the toolbar undo the design.
 * Escape puts back the committed value over a draft or a refused one.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorUndoFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void openSampleAndSelectTheLoadBalancer(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(2);
        driver.fit();
        robot.clickOn(driver.centreOf("lb"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String path() {
        return driver.component("lb").settings(LoadBalancerSettings.class).healthCheck().path();
    }

    private TextField field(FxRobot robot, String key) {
        return robot.lookup("#field-" + key).queryAs(TextField.class);
    }

    private void retype(FxRobot robot, TextField field, String text) {
        robot.doubleClickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    @Test
    void ctrlZAfterACommittedSettingUndoesTheDesignWhileTheFieldKeepsFocus(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/ready", path());
        assertEquals("Change path of HAProxy", window.document().undoTextProperty().get());
        assertTrue(path.isFocused(), "the field keeps the keyboard after Enter");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path(), "Ctrl+Z undid the design's change");
        assertEquals("/health", path.getText(), "and the field shows the undone value");

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/ready", path(), "Ctrl+Shift+Z redid it");
        assertEquals("/ready", path.getText());
    }

    @Test
    void theToolbarsUndoUndoesACommittedSettingToo(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tool-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path());
        assertEquals("/health", path.getText());
    }

    @Test
    void leavingTheFieldCommitsSoCtrlZUndoesTheDesign(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/ready", path());
        robot.clickOn(path);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path());
    }

    @Test
    void ctrlZOnAnUncommittedEditUndoesTheTypingOnly(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/readyx", path.getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/ready", path.getText(), "the typing is undone");
        assertEquals("/ready", path(), "the design is not");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path(), "with nothing left to undo in the field, the design's step is next");
    }

    @Test
    void aftersARefusedValueUndoGoesToTheDesignAndEscapeRevertsTheField(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.ENTER);
        TextField interval = field(robot, "healthCheck-intervalSeconds");
        retype(robot, interval, "soon");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#error-healthCheck-intervalSeconds").queryAs(Label.class);
        assertTrue(error.isVisible(), "the refused value is marked");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", interval.getText(), "Escape put the committed value back");
        assertFalse(error.isVisible(), "and took the mark away");

        retype(robot, interval, "soon");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path(), "Undo after a refused value undoes the design's last step");
        assertEquals("2", interval.getText(), "and the refused text is gone");
        assertFalse(error.isVisible());
    }

    @Test
    void escapeDropsAnUncommittedEdit(FxRobot robot) {
        TextField path = field(robot, "healthCheck-path");
        retype(robot, path, "/ready");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path.getText());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/health", path(), "nothing was committed");
        assertEquals("", window.document().undoTextProperty().get());
    }
}
