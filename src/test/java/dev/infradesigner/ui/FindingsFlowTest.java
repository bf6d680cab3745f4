package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live audit in the window: findings listed, counted, badged on the canvas, and a click selects. */
@ExtendWith(ApplicationExtension.class)
class FindingsFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void sample02sFindingsShowAndAClickSelectsTheirComponents(FxRobot robot) throws Exception {
        TableView<Finding> table = openSample02(robot);
        List<String> rules = table.getItems().stream().map(Finding::ruleId).toList();
        assertTrue(rules.containsAll(List.of("spof.load-balancer", "https.missing", "firewall.missing")), rules.toString());
        String summary = robot.lookup("#status-findings").queryAs(Label.class).getText();
        assertTrue(summary.matches("\\d+ errors, \\d+ warnings, \\d+ info"), summary);
        assertTrue(robot.lookup(CanvasLookups.badge("lb")).tryQuery().isPresent(), "the load balancer carries a badge");
        Finding lbFinding = driver.clickFinding(f -> f.ruleId().equals("spof.load-balancer"));
        assertEquals(lbFinding.componentIds(), window.canvas().selection().snapshot(),
                "the finding's components are selected");
        assertTrue(robot.lookup("#findings-fix").queryAs(Label.class).getText().startsWith("Fix: "));

        robot.clickOn("#rule-doc-link");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rule-doc").tryQuery().isPresent());
        assertTrue(robot.lookup("#rule-doc .md-heading").tryQuery().isPresent(), "the rule's docs, rendered");
        robot.clickOn("Close");

        int all = table.getItems().size();
        robot.clickOn("#filter-errors");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table.getItems().size(), "clicking \"3 errors\" shows the three errors");
        assertTrue(table.getItems().stream().allMatch(f -> f.severity().key().equals("error")), "and only them");
        robot.clickOn("#filter-warnings");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(f -> f.severity().key().equals("warning")), "then the warnings");
        robot.clickOn("#filter-warnings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, table.getItems().size(), "clicking the same badge again shows everything");
    }

    /** An edit elsewhere changes the findings by one; the finding the user is reading stays selected. */
    @Test
    void aSelectedFindingStaysSelectedWhenAnEditChangesOthers(FxRobot robot) throws Exception {
        TableView<Finding> table = openSample02(robot);
        Finding lone = driver.clickFinding(f -> f.ruleId().equals("spof.load-balancer"));
        int before = table.getItems().size();
        // The finding selected the load balancer and its server; select the load balancer alone and switch
        // its health check off in the inspector.
        driver.click("lb");
        robot.clickOn(healthCheck(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().anyMatch(f -> f.ruleId().equals("lb.no-health-check")),
                table.getItems().toString());
        assertEquals(lone, table.getSelectionModel().getSelectedItem(), "the finding being read stays selected");
    }

    /**
     * The findings change by one row, not by a new list: a finding that goes away takes its row with it,
     * and no other finding gets selected in its place (which would move the canvas's selection).
     */
    @Test
    void aFindingThatGoesAwayLeavesNothingSelected(FxRobot robot) throws Exception {
        TableView<Finding> table = openSample02(robot);
        driver.click("lb");
        robot.clickOn(healthCheck(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(f -> f.ruleId().equals("lb.no-health-check")));
        driver.clickFinding(f -> f.ruleId().equals("lb.no-health-check"));
        List<String> selected = window.canvas().selection().snapshot();
        int before = table.getItems().size();
        List<javafx.collections.ListChangeListener.Change<? extends Finding>> changes = new java.util.ArrayList<>();
        javafx.collections.ListChangeListener<Finding> record = c -> {
            while (c.next()) {
                changes.add(c);
            }
        };
        robot.interact(() -> table.getItems().addListener(record));
        robot.clickOn(healthCheck(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == before - 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.getItems().removeListener(record));
        assertTrue(table.getItems().stream().noneMatch(f -> f.ruleId().equals("lb.no-health-check")));
        assertEquals(1, changes.size(), "one change: " + changes);
        assertTrue(changes.get(0).wasRemoved() && !changes.get(0).wasAdded() && changes.get(0).getRemovedSize() == 1,
                "the finding's row alone went: " + changes.get(0));
        assertEquals(null, table.getSelectionModel().getSelectedItem(), "no other finding took its place");
        assertEquals(selected, window.canvas().selection().snapshot(), "the canvas's selection did not move");
    }

    private static javafx.scene.control.CheckBox healthCheck(FxRobot robot) {
        return (javafx.scene.control.CheckBox) robot.lookup("#field-healthCheck-enabled").query();
    }

    /** Opens sample 02, waits for its findings and returns the findings table. */
    @SuppressWarnings("unchecked")
    private TableView<Finding> openSample02(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        driver.fit();
        return robot.lookup("#findings-table").queryAs(TableView.class);
    }
}
