package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking a palette item adds to the selected server, whatever server the middle of the view shows. */
@ExtendWith(ApplicationExtension.class)
class PaletteFlowTest {

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

    /** Pans so that the middle of the view shows the middle of {@code id}. */
    private void centreViewOn(FxRobot robot, String id) {
        robot.interact(() -> {
            Point2D centre = window.canvas().viewCentre();
            Bounds b = driver.component(id).bounds();
            double zoom = window.canvas().zoomProperty().get();
            window.canvas().panBy((centre.getX() - b.centerX()) * zoom, (centre.getY() - b.centerY()) * zoom);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Component> agents() {
        return driver.design().componentsOf(ComponentKind.MONITORING_AGENT);
    }

    @Test
    void clickingAPaletteItemAddsToTheSelectedServerNotTheOneMidView(FxRobot robot) {
        robot.clickOn(driver.headerOf("server-3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("server-3"), window.canvas().selection().snapshot());
        centreViewOn(robot, "server-2");
        robot.clickOn("#palette-monitoring-agent");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, agents().size());
        Component agent = agents().get(0);
        assertEquals("server-3", agent.hostId(), "hosted by the selected server");
        Component server = driver.component("server-3");
        assertTrue(server.bounds().contains(agent.bounds()), "inside it, the server grown to fit");
        for (Component other : driver.design().hostedOn("server-3")) {
            assertTrue(other == agent || !other.bounds().overlaps(agent.bounds()), "on a free spot, not on " + other.id());
        }
        assertEquals("Add monitoring agent on Server 3", window.document().undoTextProperty().get());
        assertEquals(List.of(agent.id()), window.canvas().selection().snapshot());
    }

    @Test
    void withNothingSelectedItStillLandsMidView(FxRobot robot) {
        robot.interact(() -> window.canvas().selection().clear());
        centreViewOn(robot, "users");
        robot.clickOn("#palette-monitoring-agent");
        WaitForAsyncUtils.waitForFxEvents();
        Component agent = agents().get(0);
        assertNull(agent.hostId());
        Point2D centre = window.canvas().viewCentre();
        assertEquals(centre.getX(), agent.bounds().centerX(), 8.0);
    }
}
