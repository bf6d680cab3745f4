package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.export.ExportDialog;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A design the host firewall export refuses (Prometheus on no server): the dialog shows the reason instead
 * of files and will not save; unticking that exporter brings the other files back, ticking it again the
 * reason.
 */
@ExtendWith(ApplicationExtension.class)
class ExportRefusalFlowTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aRefusalShowsItsReasonInsteadOfFiles(FxRobot robot) throws Exception {
        Design sample = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        Design design = sample.with(sample.component("prometheus").orElseThrow().withHost(null));
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(owner, design, message -> { });
            dialog[0].show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog[0].refusedProperty().get());
        Label reason = robot.lookup("#export-refusal").queryAs(Label.class);
        assertTrue(reason.isVisible() && reason.getScene() != null, "the reason is shown");
        assertTrue(reason.getText().contains("Host firewall (ufw): Prometheus \"Prometheus\" (prometheus) is on no "
                + "server"), reason.getText());
        assertTrue(dialog[0].files().isEmpty(), "no files are offered");
        assertTrue(robot.lookup("#export-save").queryAs(Button.class).isDisabled(), "nothing can be saved");
        assertTrue(robot.lookup("#export-files").tryQuery().isEmpty(), "the file list makes way for the reason");

        robot.interact(() -> robot.lookup("#export-ufw").queryAs(CheckBox.class).setSelected(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialog[0].refusedProperty().get()
                && !dialog[0].files().isEmpty());
        assertFalse(robot.lookup("#export-save").queryAs(Button.class).isDisabled());
        assertTrue(dialog[0].files().stream().noneMatch(f -> f.path().endsWith("ufw.sh")));
        assertTrue(robot.lookup("#export-refusal").tryQuery().isEmpty(), "the reason is gone");

        robot.interact(() -> robot.lookup("#export-ufw").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog[0].refusedProperty().get());
        assertTrue(dialog[0].files().isEmpty());
        robot.interact(() -> dialog[0].stage().close());
    }
}
