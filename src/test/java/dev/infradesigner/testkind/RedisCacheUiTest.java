package dev.infradesigner.testkind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.infradesigner.model.Component;
import dev.infradesigner.ui.MainWindow;
import dev.infradesigner.ui.TestProfiles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The test-only Redis cache kind has a palette item with its icon; clicking it draws a card of it, whose
 * fields the inspector edits.
 */
@ExtendWith(ApplicationExtension.class)
class RedisCacheUiTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
        stage.requestFocus();
    }

    @Test
    void itsPaletteItemAddsACardOfIt(FxRobot robot) {
        Node item = robot.lookup("#palette-redis-cache").query();
        assertNotNull(robot.from(item).lookup(".kind-icon").<ImageView>query().getImage(), "its icon is found");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        List<Component> caches = window.document().getDesign().componentsOf(RedisCache.KIND);
        assertEquals(1, caches.size());
        assertEquals("Redis 1", caches.get(0).label());
        assertEquals(RedisSettings.DEFAULT, caches.get(0).settings());
        Node card = robot.lookup(".component-skin.kind-redis-cache").query();
        assertNotNull(robot.from(card).lookup(".kind-icon").<ImageView>query().getImage(), "the card shows its icon");
        String id = caches.get(0).id();
        robot.interact(() -> window.canvas().selection().only(id));
        assertEquals("Redis cache", robot.lookup("#inspector-title").queryAs(Label.class).getText());
        robot.doubleClickOn("#field-maxMemoryMb").eraseText(8).write("1024").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new RedisSettings(6379, 1024), window.document().getDesign().component(id).orElseThrow()
                .settings(), "the inspector edits its fields like any kind's");
    }
}
