package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.infradesigner.model.ComponentKind;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every registered kind's card is edged in the kind's own colour, light and dark, from the generated sheet. */
@ExtendWith(ApplicationExtension.class)
class KindStylesTest {

    private final Map<ComponentKind, Region> cards = new LinkedHashMap<>();
    private final Region plain = card();
    private VBox root;

    @Start
    void start(Stage stage) {
        root = new VBox(plain);
        for (ComponentKind kind : ComponentKind.values()) {
            Region card = card();
            card.getStyleClass().add(kind.styleClass());
            cards.put(kind, card);
            root.getChildren().add(card);
        }
        Scene scene = new Scene(root, 200, 600);
        scene.getStylesheets().addAll(MainWindow.class.getResource("app.css").toExternalForm(), KindStyles.url());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachKindsCardTakesItsColourInBothThemes(FxRobot robot) {
        robot.interact(() -> root.applyCss());
        for (Map.Entry<ComponentKind, Region> e : cards.entrySet()) {
            assertEquals(Color.web(e.getKey().colour()), edge(e.getValue()), e.getKey().key());
        }
        Paint muted = edge(plain);
        assertNotEquals(Color.web(ComponentKind.DATABASE.colour()), muted, "a card of no kind keeps app.css's colour");
        robot.interact(() -> {
            root.getStyleClass().add("dark");
            root.applyCss();
        });
        for (Map.Entry<ComponentKind, Region> e : cards.entrySet()) {
            assertEquals(Color.web(e.getKey().darkColour()), edge(e.getValue()), e.getKey().key() + " (dark)");
        }
    }

    private static Region card() {
        Region card = new Region();
        card.getStyleClass().add("component-skin");
        card.setPrefSize(100, 20);
        return card;
    }

    private static Paint edge(Region card) {
        return card.getBorder().getStrokes().get(0).getLeftStroke();
    }
}
