package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.ui.canvas.Overview;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
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

/** Finding a component (Ctrl+F), zooming to the selection and panning with the overview, on sample 04. */
@ExtendWith(ApplicationExtension.class)
class FindFlowTest {

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
    void scaledUp(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(4);
    }

    /** Somewhere far from the design, at actual size: nothing of it is in view. */
    private void lookAway(FxRobot robot) {
        robot.interact(() -> {
            window.canvas().actualSize();
            window.canvas().centreAt(20_000, 20_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inView(String id) {
        return window.canvas().visibleArea().contains(driver.component(id).bounds());
    }

    private String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }

    private List<String> selected() {
        return window.canvas().selection().snapshot();
    }

    @Test
    void ctrlFFindsAHostNameAndEnterWalksItsMatchesCentringEach(FxRobot robot) {
        lookAway(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        assertTrue(field.isFocused(), "the find field has the keyboard");
        robot.write("web-0");
        assertEquals("2 matches", count(robot));
        assertFalse(inView("web-server-1"));

        robot.type(KeyCode.ENTER);
        assertEquals(List.of("web-server-1"), selected());
        assertEquals("1 of 2", count(robot));
        assertTrue(inView("web-server-1"), "the match is centred in view");
        assertTrue(field.isFocused(), "typing can go on");

        robot.type(KeyCode.ENTER);
        assertEquals(List.of("web-server-2"), selected());
        assertEquals("2 of 2", count(robot));
        assertTrue(inView("web-server-2"));

        robot.type(KeyCode.ENTER);
        assertEquals(List.of("web-server-1"), selected(), "after the last, the first again");
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(List.of("web-server-2"), selected(), "Shift+Enter goes back");
        robot.type(KeyCode.F3);
        assertEquals(List.of("web-server-1"), selected(), "F3 is next");
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        assertEquals(List.of("web-server-2"), selected(), "Shift+F3 is previous");

        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#find-bar").query().isVisible(), "Escape closes the bar");
        assertSame(window.canvas(), stage.getScene().getFocusOwner(), "and gives the keyboard back to the canvas");
        assertEquals(List.of("web-server-2"), selected(), "the last match stays selected");
    }

    @Test
    void aMatchTooBigForTheViewIsShownWholeByZoomingOut(FxRobot robot) {
        robot.interact(() -> window.canvas().zoomAt(100, 0, 0));
        robot.interact(() -> window.canvas().centreAt(20_000, 20_000));
        robot.clickOn(window.canvas());
        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("10.0.4.11").type(KeyCode.ENTER);
        assertEquals(List.of("app-server-1"), selected());
        assertTrue(inView("app-server-1"), "zoomed out until the server fits");
    }

    @Test
    void noMatchIsSaidInTheBarAndChangesNothing(FxRobot robot) {
        // Away from the design: the middle of the view may hold a link now that links are routed, and a
        // click there would select it.
        lookAway(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.SHORTCUT, KeyCode.F).write("no-such-host").type(KeyCode.ENTER);
        assertEquals("No matches", count(robot));
        assertEquals(List.of(), selected());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void zoomToSelectionBringsAFarAwaySelectedCardIntoView(FxRobot robot) {
        driver.fit();
        robot.clickOn(driver.headerOf("db-server-2"));
        assertEquals(List.of("db-server-2"), selected());
        lookAway(robot);
        assertFalse(inView("db-server-2"));
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inView("db-server-2"), "Ctrl+Shift+2 shows the selection");
        assertTrue(window.canvas().zoomProperty().get() > 1, "zoomed in on it");
    }

    @Test
    void clickingTheOverviewPansThere(FxRobot robot) throws Exception {
        lookAway(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O);
        Overview overview = robot.lookup("#overview").queryAs(Overview.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, overview::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds target = driver.component("mon-server").bounds();
        Point2D inPanel = overview.fromWorld(target.centerX(), target.centerY());
        robot.clickOn(overview.localToScreen(inPanel));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = window.canvas().visibleArea();
        assertTrue(view.contains(new Bounds(target.centerX() - 20, target.centerY() - 20, 40, 40)),
                "the view is centred where the overview was clicked: " + view);
        assertEquals(1, window.canvas().zoomProperty().get(), 1e-9, "at the same zoom");
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O);
        assertFalse(overview.isVisible(), "Ctrl+Shift+O hides it again");
    }
}
