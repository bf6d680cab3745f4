package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless, as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainWindow window;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @Test
    void opensASampleThroughTheMenu(FxRobot robot) throws Exception {
        assertEquals("Untitled \u2014 Infra Designer", stage.getTitle());
        robot.clickOn("File").clickOn("Open Sample").clickOn("2. Three-server web infrastructure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("02-three-server.infra"));
        assertEquals("02-three-server.infra \u2014 Infra Designer", stage.getTitle());
        assertNotNull(robot.lookup(CanvasLookups.skin("lb")).query(), "the load balancer is drawn");
        assertNotNull(robot.lookup(CanvasLookups.skin("server-3")).query(), "server 3 is drawn");
        assertEquals("14 components, 9 links", robot.lookup("#status-counts").queryLabeled().getText());
    }

    @Test
    void aBadFileShowsItsProblemsAndKeepsTheCurrentDesign(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(
                dev.infradesigner.io.BundledSamples.all().get(0)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("01-"));
        Path bad = folder.resolve("bad.infra");
        Files.writeString(bad, "{\"format\": \"infra-designer\", \"version\": 9}");
        robot.interact(() -> window.files().open(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cannot open bad.infra", dialog.getHeaderText());
        TextArea details = robot.from(dialog).lookup(".problem-list").queryAs(TextArea.class);
        assertEquals("made by a newer Infra Designer (format 9); this version reads format 1 (line 1, column 30)", details.getText());
        assertTrue(stage.getTitle().startsWith("01-simple-web-stack.infra"), "the current design stays open");
        assertEquals(7, window.document().getDesign().components().size());
    }

    @Test
    void aSavedSampleReopensAsTheSameDesign(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(dev.infradesigner.io.BundledSamples.all().get(2)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("03-"));
        var opened = window.document().getDesign();
        Path file = folder.resolve("mine.infra");
        robot.interact(() -> window.files().saveTo(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("mine.infra"));
        assertEquals(file, window.document().getFile());
        robot.interact(() -> window.files().newDesign());
        assertEquals(0, window.document().getDesign().components().size());
        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().getDesign().components().size() > 0);
        assertEquals(opened, window.document().getDesign());
        assertEquals("mine.infra \u2014 Infra Designer", stage.getTitle());
    }

    /** The dark theme has its own icons (the light ones fade into the dark background), palette and canvas. */
    @Test
    void theDarkThemeSwitchesEveryKindIconAndBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openSample(dev.infradesigner.io.BundledSamples.all().get(1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("02-"));
        robot.clickOn("#tool-dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark"));
        java.util.Set<javafx.scene.Node> icons = robot.lookup(".kind-icon").queryAll();
        assertTrue(icons.size() > 11, "palette and canvas icons: " + icons.size());
        for (javafx.scene.Node icon : icons) {
            assertTrue(darkImages().contains(((javafx.scene.image.ImageView) icon).getImage()), "a dark icon: " + icon);
        }
        robot.clickOn("#tool-dark");
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node icon : robot.lookup(".kind-icon").queryAll()) {
            assertTrue(!darkImages().contains(((javafx.scene.image.ImageView) icon).getImage()), "light again");
        }
    }

    /** A window that starts in the dark theme (remembered from the last run) shows dark icons at once. */
    @Test
    void aWindowStartedDarkHasDarkIcons(FxRobot robot) throws Exception {
        AppSettings dark = TestProfiles.fresh();
        dark.setDarkTheme(true);
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            new MainWindow(second[0], dark).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<javafx.scene.Node> icons = robot.from(second[0].getScene().getRoot()).lookup(".kind-icon")
                .queryAll();
        assertTrue(icons.size() >= 11, "the palette's icons: " + icons.size());
        for (javafx.scene.Node icon : icons) {
            assertTrue(darkImages().contains(((javafx.scene.image.ImageView) icon).getImage()), "a dark icon: " + icon);
        }
        robot.interact(() -> second[0].close());
    }

    private static java.util.Set<javafx.scene.image.Image> darkImages() {
        java.util.Set<javafx.scene.image.Image> images =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (dev.infradesigner.model.ComponentKind kind : dev.infradesigner.model.ComponentKind.values()) {
            images.add(dev.infradesigner.ui.canvas.KindIcons.image(kind, true));
        }
        return images;
    }
}
