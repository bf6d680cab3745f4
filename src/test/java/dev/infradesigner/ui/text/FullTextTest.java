package dev.infradesigner.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FullTextTest {

    private final Pane root = new Pane();
    private Stage own;

    /** A stage of its own: the primary one keeps the size the window tests expect. */
    @Start
    void start(Stage primary) {
        own = new Stage();
        own.setScene(new Scene(root, 400, 200));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    private Label label(FxRobot robot, String text, double width) {
        Label label = new Label(text);
        label.resize(width, 24);
        robot.interact(() -> {
            root.getChildren().add(FullText.tipWhenCut(label));
            label.setPrefWidth(width);
            label.setMaxWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return label;
    }

    @Test
    void aCutLabelTipsItsWholeTextAndLosesTheTipOnceItFits(FxRobot robot) {
        Label label = label(robot, "Interval seconds between health checks", 60);
        assertNotNull(label.getTooltip(), "cut: " + FullText.rendered(label));
        assertEquals("Interval seconds between health checks", label.getTooltip().getText());

        robot.interact(() -> label.setText("Path"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(label.getTooltip(), "'Path' fits");

        robot.interact(() -> label.setText("Redirect HTTP to HTTPS on port 80"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Redirect HTTP to HTTPS on port 80", label.getTooltip().getText());
    }

    @Test
    void aTooltipOfTheOwnersIsLeftAlone(FxRobot robot) {
        Tooltip own = new Tooltip("Show the findings the design accepts on purpose");
        Label label = new Label("Fits");
        label.setTooltip(own);
        robot.interact(() -> root.getChildren().add(FullText.tipWhenCut(label)));
        robot.interact(() -> {
            label.setText("A much longer text than the label has room for");
            label.setMaxWidth(40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(own, label.getTooltip());
    }

    @Test
    void theTipLeavesOutTheBreaksOfALongName(FxRobot robot) {
        Label label = label(robot, SoftBreaks.in("www.foobar-example.com"), 50);
        assertEquals("www.foobar-example.com", label.getTooltip().getText());
    }
}
