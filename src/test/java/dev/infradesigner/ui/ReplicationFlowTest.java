package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * Replication shown both ways: a replica's source set in the inspector draws the replication link, clearing
 * it or deleting the link removes both, one undoable step each; the drop-down names databases by label.
 */
@ExtendWith(ApplicationExtension.class)
class ReplicationFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void openSample(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(2);
        driver.fit();
    }

    private List<Link> replicationInto(String id) {
        return driver.design().linksTo(id).stream().filter(l -> l.protocol() == Protocol.REPLICATION).toList();
    }

    private String source(String id) {
        return driver.component(id).settings(DatabaseSettings.class).replicationSource();
    }

    /** Opens the Source drop-down and clicks the choice whose text (its label, or "(none)") is {@code text}. */
    private void choose(FxRobot robot, String text) {
        robot.clickOn("#field-replicationSource");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getScene() != null && c.getScene().getWindow() != null
                        && c.getScene().getWindow().isShowing() && shows(c, text)
                        && !c.getStyleClass().contains("combo-box-base"))
                .filter(n -> n.getScene() != window.canvas().getScene())
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + text));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shows(ListCell<?> c, String text) {
        if (text.equals(c.getText())) {
            return true;
        }
        return c.getGraphic() != null && c.getGraphic().lookupAll(".choice-label").stream()
                .anyMatch(l -> l instanceof Label label && label.getText().equals(text));
    }

    @Test
    void theSourceDropDownShowsLabelsWithTheIdSmall(FxRobot robot) {
        robot.clickOn(driver.centreOf("mysql-3"));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> combo = robot.lookup("#field-replicationSource").queryAs(ComboBox.class);
        assertEquals("mysql-2", combo.getValue(), "the value is the id");
        Node shown = combo.lookup(".choice-label");
        assertTrue(shown instanceof Label l && l.getText().equals("MySQL primary"), "the box shows the label");
        assertTrue(combo.lookup(".choice-id") instanceof Label l && l.getText().equals("mysql-2"), "and the id small");
    }

    @Test
    void clearingTheSourceRemovesTheLinkAndSettingItDrawsIt(FxRobot robot) {
        robot.clickOn(driver.centreOf("mysql-3"));
        choose(robot, "(none)");
        assertNull(source("mysql-3"));
        assertEquals(List.of(), replicationInto("mysql-3"), "the replication link went with the source");
        assertTrue(robot.lookup(CanvasLookups.skin("replication")).tryQuery().isEmpty(), "and is no longer drawn");
        assertEquals("Clear the replication source of MySQL replica", window.document().undoTextProperty().get());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mysql-2", source("mysql-3"), "one undo brings both back");
        assertEquals(1, replicationInto("mysql-3").size());
        assertTrue(robot.lookup(CanvasLookups.skin("replication")).tryQuery().isPresent());
    }

    @Test
    void aNewReplicasSourceSetInTheInspectorIsDrawnAndDeletingTheLinkClearsIt(FxRobot robot) {
        robot.clickOn(driver.headerOf("server-3"));
        robot.clickOn("#palette-database");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("database-1"), window.canvas().selection().snapshot());
        choose(robot, "MySQL primary");
        assertEquals("mysql-2", source("database-1"));
        List<Link> links = replicationInto("database-1");
        assertEquals(1, links.size(), "setting the source drew the link");
        String linkId = links.get(0).id();
        assertTrue(robot.lookup(CanvasLookups.skin(linkId)).tryQuery().isPresent(), "on the canvas");

        robot.interact(() -> window.canvas().selection().only(linkId));
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(source("database-1"), "deleting the link cleared the source");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mysql-2", source("database-1"));
        assertTrue(driver.design().link(linkId).isPresent(), "one undo brings both back");
    }
}
