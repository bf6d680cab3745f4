package dev.infradesigner.ui.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark) as JavaFX nodes: headings, paragraphs, bold, italics, code, lists, quotes and
 * links, each a styled {@link Text} in a wrapping {@link TextFlow}, so app.css themes it and nothing
 * is cut off. Raw HTML (the anchors docs/rules.md carries for its table of rules) is left out; a link
 * to {@code #anchor} is handed to the caller, a web link copies its address, and no link opens anything.
 */
public final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().build();

    private final Consumer<String> onAnchor;
    private final Consumer<String> onWebLink;
    private final StringBuilder plain = new StringBuilder();

    /**
     * @param onAnchor  called with the anchor (without {@code #}) of a link within the document
     * @param onWebLink called with the address of an http(s) or mailto link the user clicks
     */
    public MarkdownView(Consumer<String> onAnchor, Consumer<String> onWebLink) {
        this.onAnchor = onAnchor;
        this.onWebLink = onWebLink;
        getStyleClass().add("markdown-view");
        setSpacing(8);
        setFillWidth(true);
    }

    /** Replaces what the view shows with {@code markdown}, rendered. */
    public void setMarkdown(String markdown) {
        plain.setLength(0);
        getChildren().setAll(blocks(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** The text on show without markup, blocks separated by blank lines: what Copy puts on the clipboard. */
    public String plainText() {
        return plain.toString().strip();
    }

    private List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> out = new ArrayList<>();
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node block = block(n);
            if (block != null) {
                out.add(block);
            }
        }
        return out;
    }

    private Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) {
            return flow(h, "md-heading", "md-h" + Math.min(h.getLevel(), 4));
        } else if (n instanceof Paragraph p) {
            return flow(p, "md-paragraph");
        } else if (n instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        } else if (n instanceof ListBlock list) {
            return list(list);
        } else if (n instanceof BlockQuote quote) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            box.getChildren().setAll(blocks(quote));
            return box;
        } else if (n instanceof ThematicBreak) {
            plain.append("\n");
            return new Separator();
        } else if (n instanceof HtmlBlock) {
            return null;
        }
        // Anything else (a custom block of an extension): its text, unstyled.
        return n.getFirstChild() == null ? null : flow(n, "md-paragraph");
    }

    private TextFlow flow(org.commonmark.node.Node block, String... styles) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styles);
        inlines(block, flow, new ArrayList<>(), null);
        if (flow.getChildren().isEmpty()) {
            // Only raw HTML (an anchor line): nothing to show, and no gap for it.
            return null;
        }
        plain.append("\n\n");
        return flow;
    }

    private Node codeBlock(String literal) {
        String code = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow flow = new TextFlow(text(code, List.of("md-code")));
        flow.getStyleClass().add("md-code-block");
        plain.append(code).append("\n\n");
        return flow;
    }

    private Node list(ListBlock list) {
        VBox box = new VBox(list.isTight() ? 2 : 6);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? number++ + "." : "\u2022";
            Text bullet = text(marker, List.of("md-bullet"));
            plain.append(marker).append(' ');
            VBox body = new VBox(list.isTight() ? 2 : 6);
            body.getChildren().setAll(blocks(item));
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(6, new TextFlow(bullet), body);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    /** The inline content of {@code parent} into {@code flow}, each piece with the styles around it. */
    private void inlines(org.commonmark.node.Node parent, TextFlow flow, List<String> styles, String link) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                add(flow, t.getLiteral(), styles, link);
            } else if (n instanceof Code c) {
                add(flow, c.getLiteral(), with(styles, "md-code"), link);
            } else if (n instanceof SoftLineBreak) {
                add(flow, " ", styles, link);
            } else if (n instanceof HardLineBreak) {
                add(flow, "\n", styles, link);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, flow, with(styles, "md-strong"), link);
            } else if (n instanceof Emphasis) {
                inlines(n, flow, with(styles, "md-emphasis"), link);
            } else if (n instanceof Link l) {
                inlines(n, flow, with(styles, "md-link"), l.getDestination());
            } else if (n instanceof Image i) {
                add(flow, "[", styles, link);
                inlines(i, flow, styles, link);
                add(flow, "]", styles, link);
            } else if (!(n instanceof HtmlInline)) {
                inlines(n, flow, styles, link);
            }
        }
    }

    private void add(TextFlow flow, String content, List<String> styles, String link) {
        Text text = text(content, styles);
        plain.append(content);
        if (link != null) {
            clickable(text, link);
        }
        flow.getChildren().add(text);
    }

    private void clickable(Text text, String destination) {
        String target = destination.strip();
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        if (target.startsWith("#") && target.length() > 1) {
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> onAnchor.accept(target.substring(1)));
        } else if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            text.setCursor(Cursor.HAND);
            Tooltip.install(text, new Tooltip(target + "\n(click to copy the address)"));
            text.setOnMouseClicked(e -> onWebLink.accept(target));
        } else {
            // A file, a script or anything else: shown as a link's words, never followed.
            text.getStyleClass().remove("md-link");
        }
    }

    private static Text text(String content, List<String> styles) {
        Text text = new Text(content);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }
}
