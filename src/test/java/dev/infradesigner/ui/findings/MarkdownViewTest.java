package dev.infradesigner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Markdown a rule's docs may use, rendered: every kind of block, raw HTML left out, links kept safe. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static final String MARKDOWN = """
            <a id="top"></a>
            # Title with `code`

            A *soft* and **strong** line
            that goes on. <b>inline html</b> [other rule](#spof.server), [site](https://example.org/x),
            [script](javascript:alert(1)).

            - one
            - two
              1. nested

            ```
            haproxy -c -f FILE
            ```

            > quoted

            ---
            """;

    private final List<String> anchors = new ArrayList<>();
    private final List<String> web = new ArrayList<>();
    private MarkdownView view;

    @Start
    void start(Stage stage) {
        view = new MarkdownView(anchors::add, web::add);
        view.setMarkdown(MARKDOWN);
        stage.setScene(new Scene(view, 500, 500));
        stage.show();
    }

    @Test
    void everyBlockRendersWithoutItsMarkupAndLinksOnlyReportWhereTheyGo(FxRobot robot) {
        List<Text> texts = view.lookupAll(".md-text").stream().map(Text.class::cast).toList();
        String all = String.join("", texts.stream().map(Text::getText).toList());
        assertFalse(all.contains("<") || all.contains("*") || all.contains("`") || all.contains("#"), all);
        assertFalse(all.contains("inline html") && all.contains("<b>"), all);
        assertTrue(all.contains("Title with code"), all);
        assertTrue(view.lookup(".md-h1") != null && view.lookup(".md-code-block") != null
                && view.lookup(".md-quote") != null && view.lookupAll(".md-list-item").size() == 3, "every block");
        assertEquals("haproxy -c -f FILE", text(texts, "haproxy").getText());
        assertTrue(text(texts, "strong").getStyleClass().contains("md-strong"));
        assertTrue(text(texts, "soft").getStyleClass().contains("md-emphasis"));
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("1.")), "an ordered list's number");

        robot.clickOn(text(texts, "other rule"));
        robot.clickOn(text(texts, "site"));
        Text script = text(texts, "script");
        robot.clickOn(script);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("spof.server"), anchors);
        assertEquals(List.of("https://example.org/x"), web);
        assertFalse(script.getStyleClass().contains("md-link"), "a script link is plain words");
        assertNull(script.getOnMouseClicked(), "and does nothing");

        String plain = view.plainText();
        assertTrue(plain.startsWith("Title with code\n\nA soft and strong line that goes on."), plain);
        assertFalse(plain.contains("<a") || plain.contains("**"), plain);
    }

    private static Text text(List<Text> texts, String content) {
        return texts.stream().filter(t -> t.getText().contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + content));
    }
}
