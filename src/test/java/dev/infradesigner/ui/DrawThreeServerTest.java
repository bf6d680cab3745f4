package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import java.util.Set;
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
 * A new user's first design, drawn only with the mouse from an empty canvas: the classic three-server
 * stack. The audit of the drawing must say what it says of the bundled three-server sample.
 */
@ExtendWith(ApplicationExtension.class)
class DrawThreeServerTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    private Design design() {
        return window.document().getDesign();
    }

    private Point2D screen(double x, double y) {
        Point2D local = window.canvas().toLocal(x, y);
        return window.canvas().localToScreen(local.getX(), local.getY());
    }

    private Bounds bounds(String id) {
        return design().component(id).orElseThrow(() -> new AssertionError("no " + id)).bounds();
    }

    private void drop(FxRobot robot, String kind, double x, double y) {
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(screen(x, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dropInto(FxRobot robot, String kind, String server) {
        Bounds s = bounds(server);
        drop(robot, kind, s.x() + 100, s.y() + 84);
    }

    private void link(FxRobot robot, String from, String to) {
        Design before = design();
        Bounds f = bounds(from);
        Bounds t = bounds(to);
        robot.moveTo(screen(f.x() + f.width() / 2, f.y() + f.height() / 2));
        robot.moveTo(screen(f.maxX(), f.y() + f.height() / 2)).press(MouseButton.PRIMARY).moveBy(8, 0)
                .moveTo(screen(t.x() + t.width() / 2, t.y() + t.height() / 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String status = window.document().statusProperty().get();
        assertTrue(design() != before && (status.startsWith("Link ") || status.startsWith("Point ")
                        || status.startsWith("Replicate ")),
                from + " -> " + to + ": " + window.document().statusProperty().get());
    }

    private static Set<String> ruleIds(Design design) {
        return new Auditor().audit(design).stream().filter(f -> !f.suppressed()).map(Finding::ruleId)
                .collect(Collectors.toSet());
    }

    @Test
    void drawsTheClassicThreeServerDesignAndTheAuditAgreesWithTheSample(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().zoomAt(0.5, 0, 0));
        drop(robot, "dns", 100, 80);
        drop(robot, "users", 100, 300);
        drop(robot, "server", 380, 300);
        dropInto(robot, "load-balancer", "server-1");
        drop(robot, "server", 820, 120);
        drop(robot, "server", 820, 480);
        for (String server : new String[] {"server-2", "server-3"}) {
            dropInto(robot, "web-server", server);
            dropInto(robot, "app-server", server);
            dropInto(robot, "database", server);
        }
        assertEquals(12, design().components().size(), design().components().toString());
        for (String hosted : new String[] {"web-server-1", "app-server-1", "database-1"}) {
            assertEquals("server-2", design().component(hosted).orElseThrow().hostId(), hosted);
        }
        link(robot, "dns-1", "load-balancer-1");
        link(robot, "users-1", "load-balancer-1");
        link(robot, "load-balancer-1", "web-server-1");
        link(robot, "load-balancer-1", "web-server-2");
        link(robot, "web-server-1", "app-server-1");
        link(robot, "web-server-2", "app-server-2");
        link(robot, "app-server-1", "database-1");
        link(robot, "app-server-2", "database-1");
        link(robot, "database-1", "database-2");
        link(robot, "app-server-2", "database-2");

        Component replica = design().component("database-2").orElseThrow();
        assertEquals(DatabaseRole.REPLICA, replica.settings(DatabaseSettings.class).role());
        assertEquals("database-1", replica.settings(DatabaseSettings.class).replicationSource());
        assertEquals("load-balancer-1", design().component("dns-1").orElseThrow().settings(DnsSettings.class).target());
        Set<String> rules = ruleIds(design());
        Set<String> sample = ruleIds(dev.infradesigner.io.BundledSamples.load(
                dev.infradesigner.io.BundledSamples.all().get(1)));
        assertEquals(sample, rules, "the drawing, with no corrective step, reports what the sample reports");
        for (String must : new String[] {"spof.load-balancer", "spof.database-writer", "https.missing",
                "firewall.missing", "monitoring.missing"}) {
            assertTrue(rules.contains(must), must + " in " + rules);
        }
        for (String mustNot : new String[] {"spof.server", "replication.no-replica", "replication.same-host",
                "lb.single-backend"}) {
            assertFalse(rules.contains(mustNot), mustNot + " in " + rules);
        }
        // Nothing to tidy by hand: hosted cards sit inside their servers, and no two cards of one level overlap.
        for (Component a : design().components()) {
            if (a.hostId() != null) {
                Bounds in = bounds(a.hostId());
                Bounds b = a.bounds();
                assertTrue(b.x() >= in.x() && b.y() >= in.y() && b.maxX() <= in.maxX() && b.maxY() <= in.maxY(),
                        a.id() + " " + b + " lies inside " + a.hostId() + " " + in);
            }
            for (Component c : design().components()) {
                if (a != c && java.util.Objects.equals(a.hostId(), c.hostId())) {
                    Bounds p = a.bounds();
                    Bounds q = c.bounds();
                    assertFalse(p.x() < q.maxX() && q.x() < p.maxX() && p.y() < q.maxY() && q.y() < p.maxY(),
                            a.id() + " " + p + " overlaps " + c.id() + " " + q);
                }
            }
        }
    }
}
