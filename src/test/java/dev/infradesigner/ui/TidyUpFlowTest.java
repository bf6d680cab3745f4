package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cards dropped into a server sit in its grid and push its neighbours aside instead of hiding them; a server
 * shrinks when a card leaves; Arrange ▸ Tidy Up lays a design out in one step that Ctrl+Z takes back exactly.
 */
@ExtendWith(ApplicationExtension.class)
class TidyUpFlowTest {

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

    private void drop(FxRobot robot, String kind, double x, double y) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(driver.screen(x, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean related(Component a, Component b) {
        return a.id().equals(b.hostId()) || b.id().equals(a.hostId());
    }

    private void assertTidy(Design d) {
        List<Component> all = d.components();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Component a = all.get(i);
                Component b = all.get(j);
                assertFalse(!related(a, b) && a.bounds().overlaps(b.bounds()), a.id() + " " + a.bounds()
                        + " overlaps " + b.id() + " " + b.bounds());
            }
            Component c = all.get(i);
            if (c.hostId() != null) {
                assertTrue(d.component(c.hostId()).orElseThrow().bounds().contains(c.bounds()),
                        c.id() + " stays inside " + c.hostId());
            }
        }
    }

    @Test
    void threeCardsDroppedIntoAServerSitInItsGridOnScreenAndPushNoOneUnder(FxRobot robot) {
        Component server = driver.component("server-1");
        for (String kind : List.of("firewall", "monitoring-agent", "database")) {
            Bounds s = driver.component("server-1").bounds();
            drop(robot, kind, s.x() + 100, s.y() + 84);
        }
        Design d = driver.design();
        assertEquals(server.bounds().width(), d.component("server-1").orElseThrow().bounds().width(),
                "the server grows downwards, not sideways over its neighbour");
        assertEquals(3 + 1, d.hostedOn("server-1").size());
        assertTidy(d);
        driver.fit();
        javafx.geometry.Bounds view = window.canvas().localToScreen(window.canvas().getLayoutBounds());
        for (Component c : d.hostedOn("server-1")) {
            Point2D p = driver.centreOf(c.id());
            assertTrue(view.contains(p), c.id() + " is on screen after fitting");
        }
        assertEquals(1, d.componentsOf(ComponentKind.FIREWALL).size());
    }

    @Test
    void aCardMovedOutOfItsServerLetsTheServerShrink(FxRobot robot) {
        Bounds s = driver.component("server-2").bounds();
        for (int i = 0; i < 3; i++) {
            drop(robot, "monitoring-agent", s.x() + 100, s.y() + 84);
        }
        Bounds grown = driver.component("server-2").bounds();
        Component agent = driver.design().componentsOf(ComponentKind.MONITORING_AGENT).stream()
                .max(java.util.Comparator.comparingDouble(c -> c.bounds().y())).orElseThrow();
        Design all = driver.design();
        double free = all.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElseThrow() + 100;
        driver.fit();
        robot.drag(driver.centreOf(agent.id()), MouseButton.PRIMARY).moveTo(driver.screen(all.component("users")
                .orElseThrow().bounds().centerX(), free)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, driver.component(agent.id()).hostId(), "it left the server");
        Bounds after = driver.component("server-2").bounds();
        assertTrue(after.height() < grown.height(), "the server shrank from " + grown + " to " + after);
        assertTidy(driver.design());
    }

    @Test
    void tidyUpOfTheWholeDesignIsOneStepThatUndoRestoresExactly(FxRobot robot) throws Exception {
        Design before = driver.design();
        Map<String, Bounds> positions = new HashMap<>();
        before.components().forEach(c -> positions.put(c.id(), c.bounds()));
        robot.interact(() -> window.canvas().selection().clear());
        robot.clickOn("#arrange-menu");
        driver.clickShown("#menu-tidy-up");
        WaitForAsyncUtils.waitForFxEvents();
        Design tidied = driver.design();
        assertNotEquals(before, tidied);
        assertEquals("Tidy up", window.document().undoTextProperty().get());
        assertTidy(tidied);
        assertTrue(tidied.component("users").orElseThrow().bounds().x()
                < tidied.componentsOf(ComponentKind.LOAD_BALANCER).get(0).bounds().x(), "users left of HAProxy");
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (Component c : driver.design().components()) {
            assertEquals(positions.get(c.id()), c.bounds(), c.id() + " back where it was");
        }
        assertEquals(before.components().size(), driver.design().components().size());
    }

    @Test
    void aDesignWithEveryComponentAtTheOriginIsTidiedWhenOpened(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path folder) throws Exception {
        Design piled = driver.design();
        for (Component c : driver.design().components()) {
            piled = piled.with(c.withBounds(new Bounds(0, 0, c.bounds().width(), c.bounds().height())));
        }
        java.nio.file.Path file = folder.resolve("generated.infra");
        dev.infradesigner.io.DesignFiles.save(piled, file);
        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "generated.infra".equals(window.document().getSource()));
        WaitForAsyncUtils.waitForFxEvents();
        Design opened = driver.design();
        assertEquals(piled.components().size(), opened.components().size());
        assertTidy(opened);
        assertTrue(opened.component("users").orElseThrow().bounds().x()
                < opened.componentsOf(ComponentKind.DATABASE).get(0).bounds().x(), "users left of the databases");
    }

    @Test
    void aFileWithoutAnyPositionIsLaidOutWhenOpenedWithNothingToUndoAndNothingUnsaved(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("imported.infra");
        java.nio.file.Files.write(file, dev.infradesigner.io.Positionless.of(
                java.nio.file.Path.of("samples/03-secured-monitored.infra")));
        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "imported.infra".equals(window.document().getSource()));
        WaitForAsyncUtils.waitForFxEvents();
        Design opened = driver.design();
        assertTrue(opened.components().size() > 10);
        assertTidy(opened);
        assertTrue(opened.component("users").orElseThrow().bounds().x()
                < opened.componentsOf(ComponentKind.DATABASE).get(0).bounds().x(), "users left of the databases");
        assertEquals("", window.document().undoTextProperty().get(), "laying out is part of opening, not an edit");
        assertFalse(window.document().isUnsaved(), "opening again lays it out the same way: nothing to save");
    }
}
