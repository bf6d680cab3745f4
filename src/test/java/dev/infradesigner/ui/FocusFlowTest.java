package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
 * Nothing of one design leaks into the next, and the keyboard never lands in a text field by itself: after
 * opening a design or applying a fix, a keystroke renames nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FocusFlowTest {

    private MainWindow window;
    private Stage stage;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void driver(FxRobot robot) {
        driver = new WindowDriver(window, robot);
    }

    private Map<String, String> labels() {
        return driver.design().components().stream().collect(Collectors.toMap(Component::id, Component::label));
    }

    private void assertNoTextFieldHasTheKeyboard() {
        Node focus = stage.getScene().getFocusOwner();
        assertFalse(focus instanceof TextInputControl, "the keyboard is in a text field: " + focus);
    }

    /** Types a letter and checks that it renamed nothing. */
    private void aKeystrokeRenamesNothing(FxRobot robot) {
        Map<String, String> before = labels();
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, labels(), "a keystroke renamed something");
    }

    @Test
    void openingAnotherDesignDropsTheSelection(FxRobot robot) throws Exception {
        driver.openSample(2);
        driver.fit();
        robot.clickOn(driver.centreOf("lb"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lb"), window.canvas().selection().snapshot());
        driver.openSampleFromMenu(3);
        assertTrue(driver.design().contains("lb"), "sample 03 has an lb too");
        assertEquals(List.of(), window.canvas().selection().snapshot(), "the old selection is gone");
        assertEquals("Nothing selected", robot.lookup("#inspector-title").queryAs(Label.class).getText());
        assertNoTextFieldHasTheKeyboard();
        aKeystrokeRenamesNothing(robot);
    }

    @Test
    void openingASampleFromTheWelcomePaneLeavesTheKeyboardOnTheCanvas(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-sample-2");
        driver.awaitAudit();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> driver.design().contains("lb"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNoTextFieldHasTheKeyboard();
        driver.fit();
        robot.clickOn(driver.centreOf("lb"));
        robot.interact(() -> window.canvas().requestFocus());
        aKeystrokeRenamesNothing(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void applyingAFixLeavesTheKeyboardOutOfTheInspector(FxRobot robot) throws Exception {
        driver.openSample(2);
        TableView<Finding> table = robot.lookup("#findings-table").queryAs(TableView.class);
        Finding firewall = table.getItems().stream()
                .filter(f -> f.ruleId().equals("firewall.missing") && f.componentIds().get(0).equals("server-1"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(firewall));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#findings-table .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && firewall.equals(r.getItem())).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("server-1"), window.canvas().selection().snapshot());
        robot.clickOn("#apply-fix");
        driver.awaitAudit();
        assertTrue(driver.design().hostedOn("server-1").stream().anyMatch(c -> c.kind().key().equals("firewall")));
        assertNoTextFieldHasTheKeyboard();
        aKeystrokeRenamesNothing(robot);
    }
}
