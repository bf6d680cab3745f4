package dev.infradesigner.export;

import dev.infradesigner.model.ComponentKind;

/**
 * The colours of the exported diagram (SVG and PDF), one per component kind: the light theme's colours
 * of the canvas, as each kind gives them ({@link ComponentKind#colour}), so a shared picture looks like the editor.
 */
public final class DiagramColours {

    private DiagramColours() {
    }

    /** The kind's colour as {@code #rrggbb}. */
    public static String of(ComponentKind kind) {
        return kind.colour();
    }
}
