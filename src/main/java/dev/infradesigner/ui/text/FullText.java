package dev.infradesigner.ui.text;

import java.util.Optional;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Text that JavaFX shortens to fit ("Admin sour…") made readable: a label, cell or button given to
 * {@link #tipWhenCut} carries a tooltip with its whole text for as long as what it shows is cut, and loses
 * it once the text fits again. Nothing a user needs to read may be cut without a way to see it whole.
 *
 * <p>It watches the text the label's skin renders (a {@link Text} child of the label), so it knows the
 * label is cut exactly when the user sees an ellipsis, whatever the reason (a narrow column, a card, a
 * wrapped label out of lines). The listeners are shared, stateless objects, so every card on a canvas of
 * thousands can have one; a tooltip is made only for the few labels that are cut.
 */
public final class FullText {

    /** Marks a tooltip as made here, so one set by the label's owner is never replaced or removed. */
    private static final String OURS = "infra.full-text-tip";

    private static final ChangeListener<String> RENDERED = FullText::renderedChanged;
    private static final ChangeListener<String> TEXT = FullText::textChanged;
    private static final ChangeListener<Skin<?>> SKIN = FullText::skinChanged;

    private FullText() {
    }

    /** Gives {@code labeled} a tooltip with its whole text whenever what it shows is cut; returns it. */
    public static <T extends Labeled> T tipWhenCut(T labeled) {
        labeled.skinProperty().addListener(SKIN);
        labeled.textProperty().addListener(TEXT);
        if (labeled.getSkin() != null) {
            watch(labeled);
        }
        return labeled;
    }

    /** The text {@code labeled}'s skin shows now, if it has been laid out: its text, or a shortened one. */
    public static Optional<String> rendered(Labeled labeled) {
        return renderedNode(labeled).map(Text::getText);
    }

    /** Whether {@code labeled} shows less than its text (an ellipsis, or clipped). */
    public static boolean isCut(Labeled labeled) {
        String full = shown(labeled);
        // An empty rendering is one not laid out yet: a label cut to nothing still shows its ellipsis.
        return rendered(labeled).map(r -> !r.isEmpty() && !full.isEmpty() && !r.equals(full)).orElse(false);
    }

    /** The text as {@code labeled} would show it whole: its text, less the mnemonic's underscore. */
    public static String shown(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        if (!labeled.isMnemonicParsing() || text.indexOf('_') < 0) {
            return text;
        }
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '_') {
            at = text.indexOf('_', at + 2);
        }
        String marked = at >= 0 && at + 1 < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
        return marked.replace("__", "_");
    }

    private static Optional<Text> renderedNode(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child != labeled.getGraphic()
                    && child.getClass().getSimpleName().equals("LabeledText")) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static void watch(Labeled labeled) {
        renderedNode(labeled).ifPresent(text -> {
            text.textProperty().removeListener(RENDERED);
            text.textProperty().addListener(RENDERED);
        });
        update(labeled);
    }

    private static void skinChanged(ObservableValue<? extends Skin<?>> skin, Skin<?> old, Skin<?> now) {
        if (now != null && now.getSkinnable() instanceof Labeled labeled) {
            // A labeled skin adds its text node when it is made, before the property tells anyone.
            watch(labeled);
        }
    }

    private static void renderedChanged(ObservableValue<? extends String> text, String old, String now) {
        if (text instanceof ReadOnlyProperty<?> property && property.getBean() instanceof Text node
                && node.getParent() instanceof Labeled labeled) {
            update(labeled);
        }
    }

    private static void textChanged(ObservableValue<? extends String> text, String old, String now) {
        // What the skin shows is laid out later, and its listener decides then; a text that changed but
        // renders the same ("Abc\u2026" for both) keeps its tip, with the new words.
        if (text instanceof ReadOnlyProperty<?> property && property.getBean() instanceof Labeled labeled
                && labeled.getTooltip() != null && labeled.getTooltip().getProperties().containsKey(OURS)) {
            labeled.getTooltip().setText(SoftBreaks.without(shown(labeled)));
        }
    }

    private static void update(Labeled labeled) {
        Tooltip tip = labeled.getTooltip();
        boolean ours = tip != null && tip.getProperties().containsKey(OURS);
        if (tip != null && !ours) {
            return;
        }
        if (isCut(labeled)) {
            if (tip == null) {
                tip = new Tooltip();
                tip.getProperties().put(OURS, Boolean.TRUE);
                tip.setWrapText(true);
                tip.setMaxWidth(520);
                labeled.setTooltip(tip);
            }
            tip.setText(SoftBreaks.without(shown(labeled)));
        } else if (ours) {
            labeled.setTooltip(null);
        }
    }
}
