package dev.infradesigner.ui;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the flow tests share to drive the window as a user does: where a component shows on screen, opening
 * a sample through the File menu, and waiting for the live audit to catch up with the design on screen.
 */
final class WindowDriver {

    private final MainWindow window;
    private final FxRobot robot;

    WindowDriver(MainWindow window, FxRobot robot) {
        this.window = window;
        this.robot = robot;
    }

    Design design() {
        return window.document().getDesign();
    }

    Component component(String id) {
        return design().component(id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    /** The screen point showing the canvas point (x, y). */
    Point2D screen(double x, double y) {
        Point2D local = window.canvas().toLocal(x, y);
        return window.canvas().localToScreen(local.getX(), local.getY());
    }

    /** The middle of a component's card on screen. */
    Point2D centreOf(String id) {
        Bounds b = component(id).bounds();
        return screen(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }

    /** A point in a server's header (its name), which selects the server rather than what it hosts. */
    Point2D headerOf(String serverId) {
        Bounds b = component(serverId).bounds();
        return screen(b.x() + 24, b.y() + 12);
    }

    /** Opens sample {@code n} (1-based) from File ▸ Open Sample, with the mouse, and waits for its audit. */
    void openSampleFromMenu(int n) throws Exception {
        robot.clickOn("#file-menu");
        clickShown("#menu-open-sample");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("#sample-" + n) != null);
        // Into the submenu sideways first: a diagonal path crosses the next item, which closes the submenu.
        javafx.geometry.Bounds target = shown("#sample-" + n).localToScreen(shown("#sample-" + n).getLayoutBounds());
        robot.moveTo(new Point2D(target.getMinX() + 12, robot.point(shown("#menu-open-sample")).query().getY()));
        robot.moveTo(new Point2D(target.getMinX() + 12, target.getCenterY()));
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        String prefix = BundledSamples.all().get(n - 1).fileName();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getSource().equals(prefix));
        awaitAudit();
    }

    /** File ▸ {@code submenu} ▸ {@code item}, moving into the submenu sideways as a hand does. */
    void chooseFromFileSubmenu(String submenu, String item) throws Exception {
        robot.clickOn("#file-menu");
        clickShown(submenu);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(item) != null);
        javafx.geometry.Bounds target = shown(item).localToScreen(shown(item).getLayoutBounds());
        robot.moveTo(new Point2D(target.getMinX() + 12, robot.point(shown(submenu)).query().getY()));
        robot.moveTo(new Point2D(target.getMinX() + 12, target.getCenterY()));
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    /** Clicks the component's card (after {@link #fit()}, every card is on screen). */
    void click(String id) {
        robot.clickOn(centreOf(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the row of the first finding {@code which} accepts, scrolling the findings table with the wheel to it. */
    @SuppressWarnings("unchecked")
    Finding clickFinding(java.util.function.Predicate<Finding> which) throws Exception {
        javafx.scene.control.TableView<Finding> table = robot.lookup("#findings-table")
                .queryAs(javafx.scene.control.TableView.class);
        Finding finding = table.getItems().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such finding in " + table.getItems()));
        for (int turns = 0; turns < 60; turns++) {
            javafx.scene.Node row = robot.lookup("#findings-table .table-row-cell").queryAll().stream()
                    .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableRow<?> r
                            && finding.equals(r.getItem()) && inside(n, table)).findFirst().orElse(null);
            if (row != null) {
                robot.clickOn(row);
                WaitForAsyncUtils.waitForFxEvents();
                return finding;
            }
            // Down the list first, then back up: the row may be above what shows.
            robot.moveTo(table).scroll(1, turns < 20 ? javafx.geometry.VerticalDirection.DOWN
                    : javafx.geometry.VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("the row of " + finding + " never came into view");
    }

    /** Whether {@code node} shows wholly inside {@code container} on screen. */
    private static boolean inside(javafx.scene.Node node, javafx.scene.Node container) {
        javafx.geometry.Bounds n = node.localToScreen(node.getLayoutBounds());
        javafx.geometry.Bounds c = container.localToScreen(container.getLayoutBounds());
        return n != null && c != null && n.getMinY() >= c.getMinY() + 20 && n.getMaxY() <= c.getMaxY();
    }

    /** Undoes the last edit with the toolbar's Undo button. */
    void undo() throws Exception {
        robot.clickOn("#tool-undo");
        awaitAudit();
    }

    /** Clicks the node {@code query} finds that is on show (menus leave hidden copies of their items about). */
    void clickShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(query) != null);
        robot.clickOn(shown(query));
    }

    private javafx.scene.Node shown(String query) {
        return robot.lookup(query).<javafx.scene.Node>queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing() && node.isVisible())
                .findFirst().orElse(null);
    }

    /** Opens sample {@code n} directly and waits for its audit. */
    void openSample(int n) throws Exception {
        robot.interact(() -> window.files().openSample(BundledSamples.all().get(n - 1)));
        String name = BundledSamples.all().get(n - 1).fileName();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getSource().equals(name));
        awaitAudit();
    }

    /** Opens a design file as File ▸ Open does and waits for its audit. */
    void open(java.nio.file.Path file) throws Exception {
        robot.interact(() -> window.files().open(file));
        String name = file.getFileName().toString();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getSource().equals(name));
        awaitAudit();
    }

    /** Waits until the findings on show belong to the design on screen. */
    void awaitAudit() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.audit().resultProperty().get().design() == window.document().getDesign());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fits the design in the window with the toolbar's button, so every component can be clicked. */
    void fit() {
        robot.clickOn("#tool-fit");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
