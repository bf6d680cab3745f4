package dev.infradesigner.export;

import dev.infradesigner.model.ComponentKind;
import java.util.Map;

/**
 * The colours of the exported diagram (SVG and PDF), one per component kind: the light theme's colours
 * of the canvas (app.css), so a shared picture looks like the editor.
 */
public final class DiagramColours {

    private static final Map<ComponentKind, String> COLOURS = Map.ofEntries(
            Map.entry(ComponentKind.USERS, "#8250df"), Map.entry(ComponentKind.DNS, "#bf3989"),
            Map.entry(ComponentKind.SERVER, "#6e7781"), Map.entry(ComponentKind.LOAD_BALANCER, "#0969da"),
            Map.entry(ComponentKind.WEB_SERVER, "#1a7f37"), Map.entry(ComponentKind.APP_SERVER, "#9a6700"),
            Map.entry(ComponentKind.CODE_BASE, "#7d4e00"), Map.entry(ComponentKind.DATABASE, "#cf222e"),
            Map.entry(ComponentKind.FIREWALL, "#bc4c00"), Map.entry(ComponentKind.MONITORING_SERVICE, "#0550ae"),
            Map.entry(ComponentKind.MONITORING_AGENT, "#3192aa"));

    private DiagramColours() {
    }

    /** The kind's colour as {@code #rrggbb}. */
    public static String of(ComponentKind kind) {
        return COLOURS.getOrDefault(kind, "#6e7781");
    }
}
