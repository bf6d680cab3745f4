package dev.infradesigner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "About this rule" as a user opens it: rendered Markdown, themed, wrapped, copyable, with no markup left. */
@ExtendWith(ApplicationExtension.class)
class RuleDocFlowTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestProfiles.fresh());
        window.show();
    }

    @Test
    void theRuleDocsShowAsFormattedTextWithoutMarkup(FxRobot robot) throws Exception {
        Parent doc = openDocOfTheLoneLoadBalancer(robot);
        List<Text> texts = visibleTexts(doc);
        assertTrue(texts.size() > 5, "the section is rendered as text: " + texts.size());
        for (Text t : allTexts(doc, new java.util.ArrayList<>())) {
            String s = t.getText();
            assertFalse(s.contains("##") || s.contains("**") || s.contains("`") || s.contains("<a ")
                    || s.contains("</a>"), "markup on show: \"" + s + "\"");
        }
        Text heading = texts.stream().filter(t -> t.getText().contains("spof.load-balancer")).findFirst().orElseThrow();
        Text body = texts.stream().filter(t -> t.getText().contains("Every request passes")).findFirst().orElseThrow();
        Text bold = texts.stream().filter(t -> t.getText().equals("Why it matters.")).findFirst().orElseThrow();
        assertTrue(heading.getParent().getStyleClass().contains("md-heading"), "the heading is a heading");
        assertTrue(heading.getFont().getSize() > body.getFont().getSize() + 2, "and larger: "
                + heading.getFont() + " vs " + body.getFont());
        assertTrue(heading.getFont().getStyle().toLowerCase().contains("bold"), "and bold: " + heading.getFont());
        assertTrue(bold.getFont().getStyle().toLowerCase().contains("bold"), "**Why it matters.** is bold: "
                + bold.getFont());
        assertFalse(body.getFont().getStyle().toLowerCase().contains("bold"), "plain text is not: " + body.getFont());
        Text code = texts.stream().filter(t -> t.getText().equals("samples/02-three-server.infra")).findFirst()
                .orElseThrow(() -> new AssertionError("the code span of the example"));
        assertTrue(code.getFont().getFamily().toLowerCase().contains("mono"), "code is monospaced: " + code.getFont());

        // Nothing is cut off: every paragraph wraps inside the visible width.
        ScrollPane scroll = robot.lookup(".rule-doc-scroll").queryAs(ScrollPane.class);
        double width = scroll.getViewportBounds().getWidth();
        for (Node flow : doc.lookupAll(".md-paragraph")) {
            assertTrue(flow.getBoundsInParent().getMaxX() <= width + 1, "wraps within " + width + ": " + flow);
        }
        assertTrue(doc.lookupAll(".md-paragraph").stream().anyMatch(f -> ((TextFlow) f).getHeight()
                > 2 * body.getFont().getSize() * 1.1), "a long paragraph takes several lines");

        robot.clickOn("#rule-doc-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = String.valueOf(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertTrue(copied.contains("Why it matters. Every request passes"), copied);
        assertFalse(copied.contains("**") || copied.contains("<a "), copied);
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rule-doc").tryQuery().isEmpty());
    }

    @Test
    void theRuleDocsFollowTheDarkTheme(FxRobot robot) throws Exception {
        robot.clickOn("#tool-dark");
        WaitForAsyncUtils.waitForFxEvents();
        Parent doc = openDocOfTheLoneLoadBalancer(robot);
        Text body = visibleTexts(doc).stream().filter(t -> t.getText().contains("Every request passes")).findFirst()
                .orElseThrow();
        assertTrue(((Color) body.getFill()).getBrightness() > 0.7, "light text on dark: " + body.getFill());
        robot.clickOn("Close");
    }

    private Parent openDocOfTheLoneLoadBalancer(FxRobot robot) throws Exception {
        new WindowDriver(window, robot).openSampleFromMenu(2);
        javafx.scene.control.TableView<?> table = robot.lookup("#findings-table").queryAs(javafx.scene.control.TableView.class);
        Object lone = table.getItems().stream().filter(f -> ((Finding) f).ruleId().equals("spof.load-balancer"))
                .findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(table.getItems().indexOf(lone)));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#findings-table .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof Finding f
                        && f.ruleId().equals("spof.load-balancer")).findFirst().orElseThrow();
        robot.clickOn(row);
        robot.clickOn("#rule-doc-link");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#rule-doc").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Parent doc = robot.lookup("#rule-doc").queryAs(Parent.class);
        assertEquals("About the rule spof.load-balancer", ((Stage) doc.getScene().getWindow()).getTitle());
        return doc;
    }

    /** Every Text node in the dialog on show, the buttons' included. */
    private static List<Text> allTexts(Node node, List<Text> into) {
        if (node.isVisible()) {
            if (node instanceof Text t) {
                into.add(t);
            } else if (node instanceof Parent p) {
                p.getChildrenUnmodifiable().forEach(child -> allTexts(child, into));
            }
        }
        return into;
    }

    /** The Text nodes of the rule's docs (not of the buttons) that are on show. */
    private static List<Text> visibleTexts(Parent doc) {
        return doc.lookupAll(".md-text").stream().filter(Node::isVisible).map(Text.class::cast).toList();
    }
}
