package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import java.util.Optional;
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

/**
 * HTTPS set up by hand in the inspector, listener and certificate in either order: each step is taken, what
 * is still missing is marked and named by the finding, and the users' link is switched in one offered step.
 */
@ExtendWith(ApplicationExtension.class)
class HttpsByHandFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @BeforeEach
    void selectTheLoadBalancer(FxRobot robot) throws Exception {
        driver = new WindowDriver(window, robot);
        driver.openSample(2);
        driver.fit();
        robot.clickOn(driver.centreOf("lb"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup("#field-" + field).queryAs(TextField.class);
        robot.doubleClickOn(f).push(KeyCode.SHORTCUT, KeyCode.A).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LoadBalancerSettings lb() {
        return driver.component("lb").settings(LoadBalancerSettings.class);
    }

    private Optional<Finding> httpsMissing() {
        return window.audit().resultProperty().get().findings().stream()
                .filter(f -> f.ruleId().equals("https.missing")).findFirst();
    }

    private Label note(FxRobot robot, String field) {
        return robot.lookup("#error-" + field).queryAs(Label.class);
    }

    @Test
    void listenerThenCertificateThenTheOfferedLinkSwitchClearNoHttps(FxRobot robot) throws Exception {
        type(robot, "listeners", "80 http, 443 https");
        driver.awaitAudit();
        assertTrue(lb().servesHttps(), "the HTTPS listener is taken without a certificate");
        assertFalse(robot.lookup("#status-message").queryLabeled().getText().startsWith("Not changed"));
        assertTrue(note(robot, "certificate").isVisible(), "the missing certificate is marked");
        assertEquals("The HTTPS listener needs a certificate: the path of its PEM file.",
                note(robot, "certificate").getText());
        assertTrue(httpsMissing().orElseThrow().message().contains("\"HAProxy\" listens for HTTPS but has no "
                + "certificate"), httpsMissing().orElseThrow().message());

        type(robot, "certificate", "/etc/ssl/private/foobar.pem");
        robot.clickOn("#field-redirectHttps");
        driver.awaitAudit();
        assertFalse(note(robot, "certificate").isVisible(), "nothing is missing at the load balancer any more");
        Finding left = httpsMissing().orElseThrow(() -> new AssertionError("the users' link is still HTTP"));
        assertTrue(left.message().contains("over plain HTTP only: the link from \"Users\" carries HTTP on port 80"),
                left.message());
        assertTrue(robot.lookup("#https-offer").tryQuery().isPresent(), "switching the users' link is offered");

        robot.clickOn("#https-offer-switch");
        driver.awaitAudit();
        Link link = driver.design().link("users-lb").orElseThrow();
        assertEquals(Protocol.HTTPS, link.protocol());
        assertEquals(443, link.port());
        assertTrue(httpsMissing().isEmpty(), "No HTTPS is gone");
        assertTrue(robot.lookup("#https-offer").tryQuery().isEmpty(), "the offer went with it");
        assertEquals("Switch the link from Users to HTTPS 443", window.document().undoTextProperty().get());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        driver.awaitAudit();
        assertEquals(Protocol.HTTP, driver.design().link("users-lb").orElseThrow().protocol(), "one step undoes it");
        assertTrue(lb().tlsReady(), "and only it");
    }

    @Test
    void certificateFirstThenTheListener(FxRobot robot) throws Exception {
        type(robot, "certificate", "/etc/ssl/private/foobar.pem");
        driver.awaitAudit();
        assertEquals("/etc/ssl/private/foobar.pem", lb().certificate());
        assertEquals("Add 443 https to serve HTTPS with this certificate.", note(robot, "listeners").getText());
        assertTrue(httpsMissing().orElseThrow().message().contains("has a certificate but no HTTPS listener"));
        type(robot, "listeners", "80 http, 443 https");
        driver.awaitAudit();
        assertTrue(lb().tlsReady());
        assertFalse(note(robot, "listeners").isVisible());
        assertTrue(robot.lookup("#https-offer").tryQuery().isPresent());
    }
}
