package dev.infradesigner.ui.findings;

import dev.infradesigner.analysis.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * The severity badges of the findings panel ("3 errors", "6 warnings", "0 info") as a filter: clicking one
 * shows only that severity, clicking it again shows them all. (Each badge used to hide its own severity;
 * people clicked "3 errors" to see the errors and got everything but them.) A badge is coloured while its
 * severity is on show.
 */
final class SeverityFilter {

    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private final ObjectProperty<Severity> only = new SimpleObjectProperty<>(this, "only");
    private final Map<Severity, Button> badges = new EnumMap<>(Severity.class);

    SeverityFilter() {
        for (Severity severity : Severity.values()) {
            Button badge = new Button();
            String what = severity == Severity.INFO ? "info" : severity.key() + "s";
            badge.setId("filter-" + what);
            badge.getStyleClass().addAll("findings-filter", "filter-" + what);
            badge.setFocusTraversable(false);
            badge.setTooltip(new Tooltip("Show only the " + (severity == Severity.INFO ? "info findings" : what)
                    + "; click again to show every finding"));
            badge.setOnAction(e -> only.set(only.get() == severity ? null : severity));
            badges.put(severity, badge);
        }
        only.addListener((obs, old, now) -> restyle());
        restyle();
    }

    /** The one severity on show, or null when every severity is. */
    ObjectProperty<Severity> onlyProperty() {
        return only;
    }

    boolean shows(Severity severity) {
        return only.get() == null || only.get() == severity;
    }

    List<Button> badges() {
        return List.copyOf(badges.values());
    }

    void setCount(Severity severity, String text) {
        badges.get(severity).setText(text);
    }

    private void restyle() {
        badges.forEach((severity, badge) -> badge.pseudoClassStateChanged(SHOWN, shows(severity)));
    }
}
