package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The palette lays the kinds out as each kind says (group, then order in it): the shipped kinds where they
 * always were, and the tests' Redis cache after the database, where its descriptor puts it.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteLayoutTest {

    @Start
    void start(Stage stage) {
        new MainWindow(stage, TestProfiles.fresh()).show();
    }

    @Test
    void kindsStandInTheirGroupsInTheirOrder(FxRobot robot) {
        VBox content = robot.lookup(".palette-content").queryAs(VBox.class);
        List<String> shown = content.getChildren().stream().map(PaletteLayoutTest::name).toList();
        assertEquals(List.of("ENTRY", "users", "dns", "HOSTS", "server", "SERVICES", "load-balancer", "web-server",
                "app-server", "code-base", "database", "redis-cache", "OPERATIONS", "firewall", "monitoring-service",
                "monitoring-agent", "NETWORK", "switch", "router", "uplink"), shown);
        Node database = robot.lookup("#palette-database").query();
        Tooltip tip = (Tooltip) database.getProperties().values().stream().filter(Tooltip.class::isInstance)
                .findFirst().orElse(null);
        assertNotNull(tip, "a tooltip on the item");
        assertEquals("Database (MySQL): a primary takes writes; replicas copy it and serve reads.", tip.getText());
    }

    private static String name(Node node) {
        return node instanceof Label heading ? heading.getText() : node.getId().substring("palette-".length());
    }
}
