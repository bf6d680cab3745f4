package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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

/** The editor's user flows, driven through the real window with the mouse and keyboard, headless. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowsTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void atActualSize(FxRobot robot) {
        robot.interact(() -> window.canvas().zoomToFit());
    }

    private Design design() {
        return window.document().getDesign();
    }

    private Component component(String id) {
        return design().component(id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    /** The screen point showing the canvas point (x, y). */
    private Point2D screen(double x, double y) {
        Point2D local = window.canvas().toLocal(x, y);
        return window.canvas().localToScreen(local.getX(), local.getY());
    }

    private Point2D centreOf(String id) {
        Bounds b = component(id).bounds();
        return screen(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }

    private Point2D connectorOf(String id) {
        Bounds b = component(id).bounds();
        return screen(b.maxX(), b.y() + b.height() / 2);
    }

    private void dragPalette(FxRobot robot, String kind, Point2D to) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(6, 6).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSample(FxRobot robot, int n) throws Exception {
        robot.interact(() -> window.files().openSample(BundledSamples.all().get(n - 1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("0" + n + "-"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragFromThePaletteOntoTheCanvasAndIntoAServer(FxRobot robot) {
        dragPalette(robot, "server", screen(300, 200));
        Component server = component("server-1");
        assertEquals(300, server.bounds().x() + server.bounds().width() / 2, 8.0);
        dragPalette(robot, "web-server", screen(server.bounds().x() + 100, server.bounds().y() + 90));
        Component web = component("web-server-1");
        assertEquals("server-1", web.hostId(), "dropped onto the server, hosted by it");
        assertTrue(component("server-1").bounds().contains(web.bounds()), "the server grows to fit");
        assertEquals(List.of("web-server-1"), window.canvas().selection().snapshot());
        assertTrue(stage.getTitle().startsWith("*Untitled"), "unsaved changes show in the title");
        robot.clickOn("#edit-menu");
        assertTrue(robot.lookup("Undo Add web server on Server 1").tryQuery().isPresent(),
                "the Edit menu says what it will undo");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void connectTwoComponentsByDraggingFromTheConnector(FxRobot robot) {
        dragPalette(robot, "users", screen(120, 100));
        dragPalette(robot, "load-balancer", screen(420, 100));
        robot.moveTo(centreOf("users-1"));
        drag(robot, connectorOf("users-1"), centreOf("load-balancer-1"));
        Link link = design().link("users-1-load-balancer-1").orElseThrow(() -> new AssertionError("no link"));
        assertEquals(Protocol.HTTP, link.protocol());
        assertEquals(80, link.port());
        assertTrue(robot.lookup(CanvasLookups.skin("users-1-load-balancer-1")).tryQuery().isPresent(), "the link is drawn");
    }

    @Test
    void aLinkThatMakesNoSenseIsRefusedWhereTheUserLooks(FxRobot robot) {
        dragPalette(robot, "users", screen(120, 100));
        dragPalette(robot, "database", screen(420, 260));
        robot.moveTo(centreOf("database-1"));
        drag(robot, connectorOf("database-1"), centreOf("users-1"));
        assertTrue(design().links().isEmpty(), "no link was added");
        Label toast = robot.lookup("#canvas-toast").queryAs(Label.class);
        assertTrue(toast.isVisible());
        assertTrue(toast.getText().contains("nothing sends traffic to them"), toast.getText());
        assertTrue(robot.lookup("#status-message").queryLabeled().getText().contains("nothing sends traffic"));
    }

    @Test
    void moveThenUndoThenRedo(FxRobot robot) throws Exception {
        openSample(robot, 2);
        Bounds before = component("lb").bounds();
        drag(robot, centreOf("lb"), centreOf("lb").add(80, 160));
        Bounds moved = component("lb").bounds();
        assertNotEquals(before, moved);
        assertTrue(Math.abs(moved.x() % 8) < 0.001 || linesUpWithAnother("lb", moved),
                "snapped to the grid, or to an alignment guide (they win over the grid, as in draw.io): " + moved);
        assertEquals(null, component("lb").hostId(), "dragged off its server onto the bare canvas");
        assertEquals("Move HAProxy to another host", window.document().undoTextProperty().get());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, component("lb").bounds());
        assertEquals("server-1", component("lb").hostId());
        assertFalse(stage.getTitle().startsWith("*"), "back at the opened state: nothing unsaved");
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, component("lb").bounds());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, component("lb").bounds(), "Ctrl+Y redoes too");
    }

    /** Whether a left, centre or right line of {@code b} is one of another component's. */
    private boolean linesUpWithAnother(String id, Bounds b) {
        return design().components().stream().filter(c -> !c.id().equals(id)).map(Component::bounds)
                .anyMatch(o -> List.of(o.x(), o.centerX(), o.maxX()).stream().anyMatch(
                        line -> List.of(b.x(), b.centerX(), b.maxX()).stream().anyMatch(m -> Math.abs(m - line) < 0.001)));
    }

    @Test
    void arrowKeyNudgesAreOneUndoStep(FxRobot robot) throws Exception {
        openSample(robot, 2);
        Bounds before = component("users").bounds();
        robot.clickOn(centreOf("users"));
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.moved(24, 8), component("users").bounds());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, component("users").bounds());
    }

    @Test
    void copyPasteAndDuplicateMakeNewIdsBesideTheOriginal(FxRobot robot) throws Exception {
        openSample(robot, 2);
        robot.clickOn(centreOf("lb"));
        robot.push(KeyCode.SHORTCUT, KeyCode.C).push(KeyCode.SHORTCUT, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Component copy = component("lb-2");
        assertEquals("server-1", copy.hostId(), "a card copied alone stays on its server");
        assertFalse(copy.bounds().overlaps(component("lb").bounds()), "beside the original, not on it");
        assertEquals("HAProxy (2)", copy.label());
        assertEquals(List.of("lb-2"), window.canvas().selection().snapshot(), "the copy is selected");
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(design().contains("lb-3"));
        assertEquals("HAProxy (3)", component("lb-3").label());
        assertEquals(16, design().components().size());
    }

    @Test
    void rubberBandSelectsAndDeleteRemovesWithTheirLinks(FxRobot robot) throws Exception {
        openSample(robot, 2);
        Bounds users = component("users").bounds();
        Bounds dns = component("dns").bounds();
        drag(robot, screen(dns.x() - 12, dns.y() - 12), screen(users.maxX() + 8, users.maxY() + 8));
        assertEquals(List.of("dns", "users"), window.canvas().selection().snapshot().stream().sorted().toList());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(design().contains("users"));
        assertFalse(design().contains("users-lb"), "the link from users went with them");
        assertEquals("Delete 2 components", window.document().undoTextProperty().get());
    }

    @Test
    void renameInPlaceWithF2(FxRobot robot) throws Exception {
        openSample(robot, 2);
        robot.clickOn(centreOf("lb"));
        robot.type(KeyCode.F2);
        robot.lookup("#rename-field").queryAs(javafx.scene.control.TextField.class);
        robot.write("Edge balancer").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edge balancer", component("lb").label());
        assertEquals("lb", component("lb").id(), "the id stays");
    }

    @Test
    void unsavedChangesAskBeforeTheyAreLost(FxRobot robot) throws Exception {
        openSample(robot, 2);
        robot.clickOn(centreOf("users"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("*02-three-server.infra"));
        robot.clickOn("#file-menu").clickOn("#menu-new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        assertEquals("Save the changes to 02-three-server.infra?", dialog.getHeaderText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(13, design().components().size(), "Cancel keeps the design");
        robot.clickOn("#file-menu").clickOn("#menu-new");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, design().components().size());
        assertEquals("Untitled \u2014 Infra Designer", stage.getTitle());
    }

    @Test
    void zoomShortcutsAndFit(FxRobot robot) throws Exception {
        openSample(robot, 4);
        robot.interact(() -> window.canvas().actualSize());
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertEquals("100%", zoom.getText());
        robot.clickOn(window.canvas(), MouseButton.PRIMARY);
        robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("125%", zoom.getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        double fitted = window.canvas().zoomProperty().get();
        assertTrue(fitted < 1, "sample 4 needs less than actual size to fit: " + fitted);
        Bounds view = window.canvas().visibleArea();
        for (Component c : design().components()) {
            assertTrue(view.contains(c.bounds()), c.id() + " is in view after Fit");
        }
    }

    @Test
    void theSmallestTextGoesWhenZoomedOutAndComesBack(FxRobot robot) throws Exception {
        openSample(robot, 2);
        robot.interact(() -> window.canvas().actualSize());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node kind = window.canvas().skinOf("lb").lookup(".component-kind");
        javafx.scene.Node protocol = window.canvas().skinOf(design().links().get(0).id()).lookup(".link-label");
        javafx.scene.Node label = window.canvas().skinOf("lb").lookup(".component-label");
        assertEquals(1, kind.getOpacity());
        assertEquals(1, protocol.getOpacity());

        robot.interact(() -> window.canvas().zoomAt(0.5, 0, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> kind.getOpacity() == 0 && protocol.getOpacity() == 0);
        assertEquals(1, label.getOpacity(), "the component's own label stays");

        robot.interact(() -> window.canvas().actualSize());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> kind.getOpacity() == 1 && protocol.getOpacity() == 1);
    }
}
