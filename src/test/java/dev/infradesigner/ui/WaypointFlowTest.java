package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A link at 60% zoom is picked through its wide hit line, a bend is added by double-clicking it and dragged
 * by its handle, and Ctrl+Z takes the drag back, then the bend (sample 02, the link from Users to HAProxy).
 */
@ExtendWith(ApplicationExtension.class)
class WaypointFlowTest {

    private static final String LINK = "users-lb";
    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void threeServers(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(2);
        robot.interact(() -> {
            window.canvas().actualSize();
            window.canvas().zoomAt(0.6, 400, 300);
            window.canvas().centreAt(300, 290);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Link link() {
        return driver.design().link(LINK).orElseThrow();
    }

    /** The middle of the link's longest segment on screen, as drawn. */
    private Point2D middleOfLink(FxRobot robot) {
        Polyline hit = robot.lookup(".link-hit").queryAllAs(Polyline.class).stream()
                .filter(p -> LINK.equals(owner(p))).findFirst().orElseThrow();
        List<Double> c = hit.getPoints();
        double best = -1;
        Point2D middle = null;
        for (int i = 0; i + 3 < c.size(); i += 2) {
            double length = Math.abs(c.get(i + 2) - c.get(i)) + Math.abs(c.get(i + 3) - c.get(i + 1));
            if (length > best) {
                best = length;
                middle = driver.screen((c.get(i) + c.get(i + 2)) / 2, (c.get(i + 1) + c.get(i + 3)) / 2);
            }
        }
        return middle;
    }

    private static Object owner(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            Object id = p.getProperties().get("infra.element-id");
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    @Test
    void aThinLinkIsPickedBentDraggedAndUndone(FxRobot robot) {
        assertEquals(0.6, window.canvas().zoomProperty().get(), 1e-9);
        // 4 px beside the line: the drawn line is under one pixel wide at this zoom, the hit line is 10.
        Point2D beside = middleOfLink(robot).add(0, 4);
        robot.clickOn(beside);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(LINK), window.canvas().selection().snapshot(), "the link is selected");

        robot.doubleClickOn(beside);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, link().waypoints().size(), "a double-click put a bend in it");
        Point bend = link().waypoints().get(0);
        Node handle = robot.lookup(".waypoint-handle").query();
        assertTrue(handle.isVisible() && handle.getParent() != null, "the selected link shows its bend's handle");

        robot.drag(handle, MouseButton.PRIMARY).moveBy(0, 10).moveBy(0, 50).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point dragged = link().waypoints().get(0);
        assertEquals(bend.x(), dragged.x(), 10, "dragged straight down");
        assertTrue(dragged.y() > bend.y() + 80, "by about 100 units (60 px at 60%): " + bend + " -> " + dragged);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(bend), link().waypoints(), "Ctrl+Z puts the bend back where it was");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), link().waypoints(), "and again takes the bend out");
    }
}
