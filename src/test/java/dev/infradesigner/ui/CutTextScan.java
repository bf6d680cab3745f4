package dev.infradesigner.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds text a user cannot read whole: a label (cell, button, check box) whose skin shows less than its text,
 * an ellipsis most often, or a plain text node wider than the region holding it, unless a tooltip on it or
 * on one of its ancestors carries the whole text. Only what is on show counts: invisible or transparent
 * nodes and what they hold are skipped. Independent of the app's own FullText, so it checks that too.
 */
final class CutTextScan {

    /** Set by Tooltip.install on the node it is installed on. */
    private static final String INSTALLED_TIP = "javafx.scene.control.Tooltip";

    private final java.util.Set<String> problems = new java.util.LinkedHashSet<>();
    private int labelsSeen;

    /** Scans {@code root} and all it shows; {@code where} names the screen in the problems found. */
    CutTextScan scan(String where, Node root) {
        walk(where, root);
        return this;
    }

    /** Each problem once, with the first screen it was seen on. */
    List<String> problems() {
        java.util.Map<String, String> byWhat = new java.util.LinkedHashMap<>();
        for (String p : problems) {
            byWhat.putIfAbsent(p.substring(p.indexOf(": ") + 2), p);
        }
        return new ArrayList<>(byWhat.values());
    }

    /** How many laid-out labels the scans looked at, so a test can tell it looked at anything at all. */
    int labelsSeen() {
        return labelsSeen;
    }

    private void walk(String where, Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(where, labeled);
        } else if (node instanceof Text text && !isLabelText(text)) {
            check(where, text);
        }
        if (node instanceof TextInputControl) {
            return; // its text scrolls under the caret
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(where, child);
            }
        }
    }

    /** Whether {@code labeled}, laid out, shows less than its text, tooltip or not. */
    static boolean isCut(Labeled labeled) {
        Text rendered = renderedText(labeled);
        if (rendered == null || rendered.getText() == null || rendered.getText().isEmpty()) {
            return false;
        }
        String full = whole(labeled);
        return !rendered.getText().equals(full) && !full.isEmpty();
    }

    private void check(String where, Labeled labeled) {
        Text rendered = renderedText(labeled);
        if (rendered == null || rendered.getText() == null || rendered.getText().isEmpty()) {
            return;
        }
        labelsSeen++;
        String full = whole(labeled);
        String shown = rendered.getText();
        if (!isCut(labeled)) {
            return;
        }
        if (!tipCarries(labeled, full)) {
            problems.add(where + ": " + describe(labeled) + " shows \"" + shown + "\" of \"" + full
                    + "\" with no tooltip carrying it whole");
        }
    }

    private void check(String where, Text text) {
        if (text.getText() == null || text.getText().isBlank() || text.getWrappingWidth() > 0
                || !(text.getParent() instanceof Region parent) || isScrolled(text)) {
            return;
        }
        double right = text.getBoundsInParent().getMaxX();
        if (right > parent.getLayoutBounds().getMaxX() + 1 && !tipCarries(text, text.getText())) {
            problems.add(where + ": text \"" + text.getText() + "\" in " + describe(parent) + " is "
                    + Math.round(text.getBoundsInParent().getWidth()) + " px wide in "
                    + Math.round(parent.getLayoutBounds().getWidth()) + " px");
        }
    }

    private static boolean isScrolled(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelText(Text text) {
        return text.getParent() instanceof Labeled && text.getClass().getSimpleName().equals("LabeledText");
    }

    private static Text renderedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text;
            }
        }
        return null;
    }

    /** What the label would show were nothing cut: its text, less a mnemonic's underscore. */
    private static String whole(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?!_)", "").replace("__", "_") : text;
    }

    private static boolean tipCarries(Node node, String full) {
        for (Node n = node; n != null; n = n.getParent()) {
            Tooltip tip = n instanceof Control c && c.getTooltip() != null ? c.getTooltip()
                    : n.getProperties().get(INSTALLED_TIP) instanceof Tooltip t ? t : null;
            if (tip != null && tip.getText() != null && invisibleOut(tip.getText()).contains(invisibleOut(full))) {
                return true;
            }
        }
        return false;
    }

    /** Without the hair spaces where a card's label may break (SoftBreaks): the tooltip leaves them out. */
    private static String invisibleOut(String text) {
        return text.replace("\u200a", "");
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 200; n = n.getParent()) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            path.insert(0, path.length() == 0 ? name : name + " > ");
        }
        return path.toString();
    }
}
