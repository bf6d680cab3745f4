package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Alignment guides while dragging, and the Arrange menu's Distribute with its undo, on sample 04. */
@ExtendWith(ApplicationExtension.class)
class ArrangeFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void scaledUp(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(4);
    }

    private static Map<String, Bounds> places(Design d) {
        return d.components().stream().collect(Collectors.toMap(Component::id, Component::bounds));
    }

    @Test
    void aCardDraggedNearAnotherCardsEdgeShowsAGuideAndSnapsToIt(FxRobot robot) {
        robot.interact(() -> {
            window.canvas().actualSize();
            window.canvas().centreAt(300, 400);
        });
        robot.clickOn(window.canvas());
        // Off, so that only a guide can put the card exactly on the line.
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        assertFalse(window.canvas().snapToGridProperty().get());
        Bounds users = driver.component("users").bounds();
        Bounds server = driver.component("lb-server-1").bounds();
        assertEquals(40, users.x());
        assertEquals(290, server.x());
        Point2D from = driver.centreOf("users");
        // Three units short of the server's left edge, between the two load-balancer servers.
        Point2D to = from.add(server.x() + 3 - users.x(), 0);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(8, 0).moveTo(to).moveBy(1, 0).moveBy(-1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<Line> guides = robot.lookup(".alignment-guide").queryAllAs(Line.class).stream()
                .filter(l -> l.getParent() != null && l.isVisible()).toList();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(guides.isEmpty(), "a guide shows while the card lines up");
        assertTrue(guides.stream().anyMatch(l -> l.getStartX() == l.getEndX()), "a vertical one, at the left edges");
        Bounds moved = driver.component("users").bounds();
        assertEquals(server.x(), moved.x(), "snapped onto the server's left edge");
        assertEquals(users.y(), moved.y());
        assertTrue(robot.lookup(".alignment-guide").queryAll().stream().allMatch(n -> n.getParent() == null),
                "the guides go when the card is dropped");
    }

    @Test
    void distributeHorizontallySpreadsThreeServersEvenlyAndCtrlZPutsThemBack(FxRobot robot) throws Exception {
        driver.fit();
        Map<String, Bounds> before = places(driver.design());
        robot.clickOn(driver.headerOf("lb-server-1"));
        robot.press(KeyCode.SHIFT).clickOn(driver.headerOf("web-server-1")).clickOn(driver.headerOf("db-server-1"))
                .release(KeyCode.SHIFT);
        assertEquals(3, window.canvas().selection().snapshot().size());
        robot.clickOn("#arrange-menu");
        driver.clickShown("#menu-distribute-horizontally");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds lb = driver.component("lb-server-1").bounds();
        Bounds web = driver.component("web-server-1").bounds();
        Bounds db = driver.component("db-server-1").bounds();
        assertEquals(web.x() - lb.maxX(), db.x() - web.maxX(), 1e-9, "equal gaps");
        assertNotEquals(before.get("web-server-1"), web);
        Bounds nginx = driver.component("web-1").bounds();
        assertEquals(before.get("web-1").x() + web.x() - before.get("web-server-1").x(), nginx.x(),
                "what the server hosts moves with it");
        assertEquals("Distribute 3 components horizontally", window.document().undoTextProperty().get(),
                "the Edit menu names the step");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, places(driver.design()), "one undo step puts everything back");
    }
}
