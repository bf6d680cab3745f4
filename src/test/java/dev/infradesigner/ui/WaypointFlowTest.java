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
 * by its handle, and Ctrl+Z takes the drag back, then the bend; a segment of the link is dragged aside, as
 * in draw.io, and Escape or Ctrl+Z puts it back (sample 02, the link from Users to HAProxy).
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

    /** The link's route as drawn, in canvas units. */
    private static List<Point> drawn(FxRobot robot) {
        Polyline hit = robot.lookup(".link-hit").queryAllAs(Polyline.class).stream()
                .filter(p -> LINK.equals(owner(p))).findFirst().orElseThrow();
        List<Double> c = List.copyOf(hit.getPoints());
        List<Point> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < c.size(); i += 2) {
            out.add(new Point(c.get(i), c.get(i + 1)));
        }
        return out;
    }

    /** The index of the link's longest drawn segment. */
    private static int longest(List<Point> route) {
        int best = 0;
        for (int i = 0; i + 1 < route.size(); i++) {
            if (length(route, i) > length(route, best)) {
                best = i;
            }
        }
        return best;
    }

    private static double length(List<Point> r, int i) {
        return Math.abs(r.get(i + 1).x() - r.get(i).x()) + Math.abs(r.get(i + 1).y() - r.get(i).y());
    }

    /** Whether some segment of the route runs along y = {@code y} across x = {@code x} (or, turned, along x). */
    private static boolean runsThrough(List<Point> route, boolean horizontal, double along, double across) {
        for (int i = 0; i + 1 < route.size(); i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            if (horizontal && Math.abs(a.y() - along) < 0.5 && Math.abs(b.y() - along) < 0.5
                    && Math.min(a.x(), b.x()) <= across && across <= Math.max(a.x(), b.x())) {
                return true;
            }
            if (!horizontal && Math.abs(a.x() - along) < 0.5 && Math.abs(b.x() - along) < 0.5
                    && Math.min(a.y(), b.y()) <= across && across <= Math.max(a.y(), b.y())) {
                return true;
            }
        }
        return false;
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

    @Test
    void aSegmentDraggedAsideBendsTheLinkAndEscapeOrUndoPutsItBack(FxRobot robot) {
        List<Point> before = drawn(robot);
        int i = longest(before);
        Point a = before.get(i);
        Point b = before.get(i + 1);
        boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
        Point2D middle = driver.screen((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        double push = 60; // 100 canvas units at 60%

        // Escape in the middle of the drag: nothing changes, the link is drawn where it was.
        robot.drag(middle, MouseButton.PRIMARY).moveBy(horizontal ? 0 : 10, horizontal ? 10 : 0)
                .moveBy(horizontal ? 0 : push - 10, horizontal ? push - 10 : 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!drawn(robot).equals(before), "the drag shows the link rerouted as it goes");
        robot.push(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), link().waypoints(), "Escape changed nothing");
        assertEquals(before, drawn(robot), "and drew the link as before");

        robot.drag(middle, MouseButton.PRIMARY).moveBy(horizontal ? 0 : 10, horizontal ? 10 : 0)
                .moveBy(horizontal ? 0 : push - 10, horizontal ? push - 10 : 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<Point> preview = drawn(robot);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(preview, drawn(robot), "the link is drawn on release where the drag showed it");
        List<Point> bends = link().waypoints();
        assertEquals(2, bends.size(), "two bends pin the moved segment: " + bends);
        double was = horizontal ? a.y() : a.x();
        double now = horizontal ? bends.get(0).y() : bends.get(0).x();
        assertEquals(now, horizontal ? bends.get(1).y() : bends.get(1).x(), 1e-9, "both on the new line");
        assertEquals(100, now - was, 25, "moved about 100 units: " + before + " -> " + bends);
        double mid = horizontal ? (a.x() + b.x()) / 2 : (a.y() + b.y()) / 2;
        List<Point> after = drawn(robot);
        assertTrue(runsThrough(after, horizontal, now, mid), "the drawn route runs where the segment went: " + after);
        assertEquals(List.of(LINK), window.canvas().selection().snapshot(), "the dragged link is selected");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), link().waypoints(), "one Ctrl+Z takes the whole drag back");
        assertEquals(before, drawn(robot), "and the link is drawn as before");
    }
}
