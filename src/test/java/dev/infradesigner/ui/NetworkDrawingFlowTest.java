package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Protocol;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user draws the network under the three-server sample with the mouse alone: an uplink, a router and
 * a switch from the palette's Network group, cables dragged from each card's (and each server's) connector.
 * The audit then says what the network layer's definition predicts for a network with one of everything.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkDrawingFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private Design design() {
        return window.document().getDesign();
    }

    private Bounds bounds(String id) {
        return driver.component(id).bounds();
    }

    private void drop(FxRobot robot, String kind, double x, double y) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(driver.screen(x, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A drag from {@code from}'s connector (a server's sits at the right of its header) to {@code to}. */
    private void cable(FxRobot robot, String from, String to) {
        Design before = design();
        Bounds f = bounds(from);
        Bounds t = bounds(to);
        double y = driver.component(from).kind() == ComponentKind.SERVER ? f.y() + 28 : f.y() + f.height() / 2;
        robot.moveTo(driver.screen(f.x() + f.width() / 2, y));
        robot.moveTo(driver.screen(f.maxX(), y)).press(MouseButton.PRIMARY).moveBy(8, 0)
                .moveTo(driver.screen(t.x() + t.width() / 2, t.y() + Math.min(t.height() / 2, 20)))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(design() != before, from + " -> " + to + ": " + window.document().statusProperty().get());
    }

    @Test
    void drawsTheNetworkOfTheThreeServerSampleAndTheAuditNamesItsSinglePoints(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSampleFromMenu(2);
        robot.interact(() -> window.canvas().zoomAt(0.5, 0, 0));
        double below = design().components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElseThrow() + 120;
        drop(robot, "uplink", 120, below);
        drop(robot, "router", 420, below);
        drop(robot, "switch", 720, below);
        assertEquals(1, design().componentsOf(ComponentKind.SWITCH).size(), "the switch was added");
        String uplink = design().componentsOf(ComponentKind.UPLINK).get(0).id();
        String router = design().componentsOf(ComponentKind.ROUTER).get(0).id();
        String sw = design().componentsOf(ComponentKind.SWITCH).get(0).id();
        cable(robot, uplink, router);
        cable(robot, router, sw);
        for (var server : design().componentsOf(ComponentKind.SERVER)) {
            cable(robot, server.id(), sw);
        }
        Set<String> cables = design().links().stream().filter(l -> l.protocol() == Protocol.NETWORK)
                .map(l -> l.from() + "-" + l.to()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(2 + design().componentsOf(ComponentKind.SERVER).size(), cables.size(), cables.toString());
        assertTrue(design().links().stream().filter(l -> l.protocol() == Protocol.NETWORK).allMatch(l -> l.port() == 0));
        Set<String> network = new Auditor().audit(design()).stream().filter(f -> f.ruleId().startsWith("network.")
                || f.ruleId().equals("spof.network")).map(f -> f.ruleId() + " " + f.componentIds())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("network.single-uplink [" + uplink + "]", "spof.network [" + router + "]",
                "spof.network [" + sw + "]"), network);
        // The findings panel shows them too, once the live audit has run.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#findings-table")
                .queryAs(javafx.scene.control.TableView.class).getItems().stream()
                .anyMatch(f -> ((Finding) f).ruleId().equals("spof.network")));
        // Undo takes the last cable away, as one step.
        int before = design().links().size();
        driver.undo();
        assertEquals(before - 1, design().links().size());
    }
}
