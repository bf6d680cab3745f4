package dev.infradesigner.ui;

import dev.infradesigner.model.ComponentKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The kinds' colours as a stylesheet, made from the kinds themselves so that app.css names no kind: for each
 * kind a looked-up colour {@code -id-kind-KEY} (light, and dark under {@code .root.dark}) and a rule giving
 * its style class that colour as {@code -id-kind-color}, which app.css's cards, labels and palette use. Added
 * to the scene right after app.css, so its kind rules win over app.css's defaults as they did when they
 * were written at its end.
 */
public final class KindStyles {

    private KindStyles() {
    }

    /** The stylesheet's text. */
    static String css() {
        StringBuilder light = new StringBuilder(".root {\n");
        StringBuilder dark = new StringBuilder(".root.dark {\n");
        StringBuilder classes = new StringBuilder();
        for (ComponentKind kind : ComponentKind.values()) {
            String variable = "-id-kind-" + kind.key();
            light.append("    ").append(variable).append(": ").append(kind.colour()).append(";\n");
            dark.append("    ").append(variable).append(": ").append(kind.darkColour()).append(";\n");
            classes.append('.').append(kind.styleClass()).append(" { -id-kind-color: ").append(variable)
                    .append("; }\n");
        }
        return light.append("}\n\n").append(dark).append("}\n\n").append(classes).toString();
    }

    /** The stylesheet as a URL a scene's stylesheets accept. */
    public static String url() {
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
    }
}
