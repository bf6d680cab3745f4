package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Unsaved work survives a crash: autosave writes a recovery copy; the next start offers it back. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {

    private final AppSettings settings = TestProfiles.fresh();
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void autosaveKeepsUnsavedWorkAndTheNextStartOffersIt(FxRobot robot) throws Exception {
        Design sample = BundledSamples.load(BundledSamples.all().get(1));
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings);
            window[0].show();
            window[0].document().show(sample, null, "02-three-server.infra");
        });
        robot.interact(() -> window[0].document().perform(d -> Edits.rename(d, "lb", "Edge"), null));
        robot.interact(() -> window[0].autosave().writeNow());
        Path recovery = settings.recoveryFile();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(recovery));
        assertEquals("Edge", DesignFiles.load(recovery).component("lb").orElseThrow().label());

        // "Crash": a new window on the same profile, as the next start would make.
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings);
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edge", window[0].document().getDesign().component("lb").orElseThrow().label());
        assertTrue(stage.getTitle().startsWith("*Recovered"), stage.getTitle());

        // Saving the recovered work removes the recovery copy.
        Path saved = folder.resolve("recovered.infra");
        robot.interact(() -> window[0].files().saveTo(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("recovered.infra"));
        assertFalse(Files.exists(recovery), "saved work needs no recovery copy");
        assertTrue(settings.recentFiles().contains(saved.toAbsolutePath().normalize()), "and it is a recent file");
    }
}
