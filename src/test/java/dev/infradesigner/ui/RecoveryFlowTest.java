package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.RecoveryFiles;
import dev.infradesigner.model.Design;
import dev.infradesigner.edit.Edits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void autosaveKeepsUnsavedWorkInThisWindowsOwnCopyAndTheNextStartOffersACrashedOne(FxRobot robot) throws Exception {
        Design sample = BundledSamples.load(BundledSamples.all().get(1));
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings);
            window[0].show();
            window[0].document().show(sample, null, "02-three-server.infra");
        });
        robot.interact(() -> window[0].document().perform(d -> Edits.rename(d, "lb", "Edge"), null));
        robot.interact(() -> window[0].autosave().writeNow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copies().size() == 1);
        assertEquals("Edge", DesignFiles.load(copies().get(0)).component("lb").orElseThrow().label());

        // A second window on the same profile: the first is still open, so its copy is not offered.
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            new MainWindow(second[0], settings).show();
        });
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#recovery-dialog").tryQuery().isPresent(), "a live copy is never offered");
        assertEquals(1, copies().size(), "nor removed");
        robot.interact(() -> second[0].close());

        // What a crash leaves: a copy whose window is gone (here another run's, written and let go).
        RecoveryFiles.Slot crashed = new RecoveryFiles(settings.recoveryFolder()).open();
        crashed.write(Edits.rename(sample, "lb", "Crashed edge").design());
        crashed.close();
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings);
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Crashed edge", window[0].document().getDesign().component("lb").orElseThrow().label());
        assertTrue(stage.getTitle().startsWith("*Recovered"), stage.getTitle());

        // Saving the recovered work removes its recovery copy; the other window's copy stays.
        Path saved = folder.resolve("recovered.infra");
        robot.interact(() -> window[0].files().saveTo(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("recovered.infra"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(crashed.file()));
        assertEquals(1, copies().size(), "the first window's copy is still its own: " + copies());
        assertTrue(settings.recentFiles().contains(saved.toAbsolutePath().normalize()), "and it is a recent file");
    }

    @Test
    void aFailedAutosaveIsTriedAgainAndQuittingWaitsForAWriteInProgress(FxRobot robot) throws Exception {
        Design sample = BundledSamples.load(BundledSamples.all().get(1));
        Path blocked = settings.recoveryFolder();
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "a file where the folder should be");
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings);
            window[0].show();
            window[0].document().show(sample, null, "02-three-server.infra");
            window[0].document().perform(d -> Edits.rename(d, "lb", "Edge"), null);
            window[0].autosave().writeNow();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window[0].document().statusProperty().get()
                .startsWith("Could not write the recovery copy"));
        assertTrue(window[0].document().statusProperty().get().contains("trying again"), window[0].document().statusProperty().get());
        Files.delete(blocked);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> copies().size() == 1);
        assertEquals("Edge", DesignFiles.load(copies().get(0)).component("lb").orElseThrow().label(),
                "written by the retry, with no new edit");

        boolean[] closed = {false};
        robot.interact(() -> {
            window[0].document().perform(d -> Edits.rename(d, "lb", "Edge 2"), null);
            window[0].autosave().writeNow();
            window[0].autosave().close(() -> closed[0] = true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> closed[0]);
        assertEquals(List.of(), copies(), "closing ran after the write it waited for, and removed the copy");
        assertEquals(List.of(), Files.list(settings.recoveryFolder()).toList(), "and the slot");
    }

    private List<Path> copies() throws Exception {
        if (!Files.isDirectory(settings.recoveryFolder())) {
            return List.of();
        }
        try (var list = Files.list(settings.recoveryFolder())) {
            return list.filter(p -> p.getFileName().toString().matches("window-.*\\.infra")).toList();
        }
    }
}
