package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.HaproxyExporter;
import dev.infradesigner.export.NginxExporter;
import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.LoadBalancerSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing settings in the inspector: typed editors, inline errors, one undo step, live findings. */
@ExtendWith(ApplicationExtension.class)
class InspectorFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private List<String> rules() {
        return window.audit().resultProperty().get().findings().stream().map(Finding::ruleId).toList();
    }

    private void awaitAudit() throws Exception {
        driver.awaitAudit();
    }

    /** Opens sample 02 from the File menu and fits it in the window, so every card can be clicked. */
    private void openSample02(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        driver.fit();
    }

    @Test
    void editingASettingChangesTheFindingsAndUndoBringsThemBack(FxRobot robot) throws Exception {
        openSample02(robot);
        assertFalse(rules().contains("lb.no-health-check"));
        driver.click("lb");
        assertEquals("Load balancer", robot.lookup("#inspector-title").queryAs(Label.class).getText());
        CheckBox before = robot.lookup("#field-healthCheck-enabled").queryAs(CheckBox.class);
        robot.clickOn("#field-healthCheck-enabled");
        awaitAudit();
        assertSame(before, robot.lookup("#field-healthCheck-enabled").queryAs(CheckBox.class),
                "an edit updates the inspector in place instead of building a new form");
        assertFalse(window.document().getDesign().component("lb").orElseThrow()
                .settings(LoadBalancerSettings.class).healthCheck().enabled());
        assertTrue(rules().contains("lb.no-health-check"), "the finding appears as soon as the setting changes");
        assertEquals("Change enabled of HAProxy", window.document().undoTextProperty().get());
        driver.undo();
        assertFalse(rules().contains("lb.no-health-check"), "undo makes it disappear again");
        assertTrue(robot.lookup("#field-healthCheck-enabled").queryAs(CheckBox.class).isSelected(),
                "the inspector shows the undone value");
    }

    @Test
    void aBadPortIsMarkedInlineAndChangesNothing(FxRobot robot) throws Exception {
        openSample02(robot);
        driver.click("app-2");
        TextField port = robot.lookup("#field-port").queryAs(TextField.class);
        robot.doubleClickOn(port).eraseText(8).write("70000");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#error-port").queryAs(Label.class).isVisible(), "flagged while typing");
        assertTrue(port.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("invalid")),
                "the field is marked invalid");
        assertTrue(robot.lookup("#error-port").queryAs(Label.class).getGraphic() != null, "its message carries the alert icon");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#error-port").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("not a port"), error.getText());
        assertEquals(8080, window.document().getDesign().component("app-2").orElseThrow()
                .settings(AppServerSettings.class).port());
        robot.doubleClickOn(port).eraseText(8).write("9000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9000, window.document().getDesign().component("app-2").orElseThrow()
                .settings(AppServerSettings.class).port());
        assertFalse(robot.lookup("#error-port").queryAs(Label.class).isVisible());
        assertTrue(port.getPseudoClassStates().stream().noneMatch(c -> c.getPseudoClassName().equals("invalid")),
                "the mark goes with the error");
    }

    @Test
    void severalComponentsOfOneKindAreEditedTogetherInOneStep(FxRobot robot) throws Exception {
        openSample02(robot);
        driver.click("app-2");
        robot.press(KeyCode.SHIFT).clickOn(driver.centreOf("app-3")).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        TextField runtime = robot.lookup("#field-runtime").queryAs(TextField.class);
        robot.doubleClickOn(runtime).eraseText(12).write("uwsgi").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("app-2", "app-3")) {
            assertEquals("uwsgi", window.document().getDesign().component(id).orElseThrow()
                    .settings(AppServerSettings.class).runtime());
        }
        assertEquals("Change runtime of 2 components", window.document().undoTextProperty().get());
    }

    /** The health-check path is a setting people edit, and the exported check and site follow it. */
    @Test
    void theHealthCheckPathIsEditedInTheInspectorAndReachesTheExport(FxRobot robot) throws Exception {
        openSample02(robot);
        driver.click("lb");
        TextField path = robot.lookup("#field-healthCheck-path").queryAs(TextField.class);
        assertEquals("/health", path.getText());
        robot.doubleClickOn(path).eraseText(10).write("/status/ready").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var design = window.document().getDesign();
        assertEquals("/status/ready", design.component("lb").orElseThrow().settings(LoadBalancerSettings.class)
                .healthCheck().path());
        String haproxy = new HaproxyExporter().export(design, ExportMode.FULL).get(0).content();
        assertTrue(haproxy.contains("http-check send meth GET uri /status/ready "), haproxy);
        String nginx = new NginxExporter().export(design, ExportMode.FULL).get(0).content();
        assertTrue(nginx.contains("location = /status/ready {"), nginx);
    }
}
