package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What-if failure from the context menu: what fails greys out, what users lose turns red, the file stays. */
@ExtendWith(ApplicationExtension.class)
class WhatIfFlowTest {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass CUT_OFF = PseudoClass.getPseudoClass("cut-off");

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void simulatingTheLoadBalancersServerTurnsEverythingBehindItRed(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(BundledSamples.all().get(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getDesign().contains("server-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Design before = window.document().getDesign();
        Bounds server = before.component("server-1").orElseThrow().bounds();
        Point2D local = window.canvas().toLocal(server.x() + 20, server.y() + 12);
        robot.clickOn(window.canvas().localToScreen(local), MouseButton.SECONDARY);
        robot.clickOn("Simulate Failure");
        // Worked out in the background, as an audit is.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.canvas().whatIfProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().skinOf("server-1").getPseudoClassStates().contains(FAILED));
        assertTrue(window.canvas().skinOf("lb").getPseudoClassStates().contains(FAILED), "what it hosts fails too");
        for (String id : List.of("nginx-2", "app-3", "mysql-2")) {
            assertTrue(window.canvas().skinOf(id).getPseudoClassStates().contains(CUT_OFF), id + " turns red");
        }
        assertFalse(window.canvas().skinOf("users").getPseudoClassStates().contains(CUT_OFF));
        assertTrue(window.canvas().skinOf("users-lb").getPseudoClassStates().contains(FAILED),
                "the link into the failed load balancer greys out with it");
        assertTrue(window.canvas().skinOf("lb-nginx-2").getPseudoClassStates().contains(FAILED),
                "so does the link out of it");
        assertTrue(window.canvas().skinOf("nginx-app-2").getPseudoClassStates().contains(CUT_OFF),
                "a link between parts users no longer reach turns red");
        String status = robot.lookup("#status-message").queryLabeled().getText();
        assertTrue(status.contains("Users cannot reach: web servers, application servers, database reads, database writes"),
                status);
        assertEquals(before, window.document().getDesign(), "the design is untouched");
        assertFalse(stage.getTitle().startsWith("*"), "nothing to save");

        robot.clickOn(window.canvas().localToScreen(local), MouseButton.SECONDARY);
        robot.clickOn("End Failure Simulation");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.canvas().skinOf("nginx-2").getPseudoClassStates().contains(CUT_OFF));
        assertFalse(window.canvas().skinOf("users-lb").getPseudoClassStates().contains(FAILED));
        assertTrue(window.canvas().whatIfProperty().get() == null);
    }
}
