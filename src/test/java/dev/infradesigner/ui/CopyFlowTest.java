package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.ui.export.ExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A duplicated or pasted server is a server of its own: a new label, host name and address, beside the
 * original; its findings say which server they mean, and exporting writes every file it says it writes.
 */
@ExtendWith(ApplicationExtension.class)
class CopyFlowTest {

    private MainWindow window;
    private WindowDriver driver;

    @TempDir
    Path folder;

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

    private List<Finding> findings() {
        return window.audit().resultProperty().get().findings();
    }

    @Test
    void duplicatingAServerGivesTheCopyItsOwnNameHostAndAddressBesideIt(FxRobot robot) throws Exception {
        robot.clickOn(driver.headerOf("server-3"));
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        driver.awaitAudit();
        Component copy = driver.component("server-4");
        assertEquals("Server 3 (2)", copy.label());
        assertEquals("web-03", copy.settings(ServerSettings.class).hostname());
        assertEquals("10.0.1.13", copy.settings(ServerSettings.class).ipAddress());
        assertFalse(copy.bounds().overlaps(driver.component("server-3").bounds()), "beside the original");
        assertTrue(findings().stream().noneMatch(f -> f.ruleId().equals("hygiene.duplicate-address")), findings().toString());
        List<String> firewallMessages = findings().stream().filter(f -> f.ruleId().equals("firewall.missing"))
                .map(Finding::message).toList();
        assertEquals(firewallMessages.size(), new HashSet<>(firewallMessages).size(),
                "no two findings read the same: " + firewallMessages);

        robot.push(KeyCode.SHORTCUT, KeyCode.C).push(KeyCode.SHORTCUT, KeyCode.V).push(KeyCode.SHORTCUT, KeyCode.V);
        driver.awaitAudit();
        List<Component> servers = driver.design().componentsOf(ComponentKind.SERVER);
        assertEquals(6, servers.size());
        Set<String> hosts = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (Component s : servers) {
            assertTrue(hosts.add(s.settings(ServerSettings.class).hostname()), "host names are each their own");
            assertTrue(addresses.add(s.settings(ServerSettings.class).ipAddress()), "so are addresses");
            for (Component t : servers) {
                assertTrue(s == t || !s.bounds().overlaps(t.bounds()), s.id() + " lies on " + t.id());
            }
        }
    }

    @Test
    void afterADuplicateTheExportWritesEveryFileItCounts(FxRobot robot) throws Exception {
        robot.clickOn(driver.headerOf("server-3"));
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        driver.awaitAudit();
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.files().exportConfiguration());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog[0].files().isEmpty());
        int offered = dialog[0].files().size();
        robot.interact(() -> dialog[0].saveAllTo(folder));
        Label summary = robot.lookup("#export-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().startsWith("Saved"));
        long written;
        try (Stream<Path> files = Files.walk(folder)) {
            written = files.filter(Files::isRegularFile).count();
        }
        assertEquals("Saved " + offered + " files into " + folder, summary.getText());
        assertEquals(offered, written, "every file the dialog counts is on disk");
        assertTrue(Files.exists(folder.resolve("web-03/ufw.sh")), "the copy has its own folder");
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    void serversGivenOneHostNameByHandAreReportedAndTheExportIsRefused(FxRobot robot) throws Exception {
        robot.clickOn(driver.headerOf("server-3"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField host = robot.lookup("#field-hostname").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(host).push(KeyCode.SHORTCUT, KeyCode.A).write("web-01").type(KeyCode.ENTER);
        driver.awaitAudit();
        Finding clash = findings().stream().filter(f -> f.ruleId().equals("hygiene.duplicate-address")).findFirst()
                .orElseThrow(() -> new AssertionError("no hygiene.duplicate-address: " + findings()));
        assertEquals(List.of("server-2", "server-3"), clash.componentIds());
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.files().exportConfiguration());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog[0].refusedProperty().get());
        String reason = robot.lookup("#export-refusal").queryAs(Label.class).getText();
        assertTrue(reason.contains("Two servers share a hostname or an IP address: \"Server 2\" (server-2) and "
                + "\"Server 3\" (server-3)"), reason);
        robot.interact(() -> dialog[0].stage().close());
    }
}
