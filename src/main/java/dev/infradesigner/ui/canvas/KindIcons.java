package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.ComponentKind;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The icon of each component kind (drawn in {@code icons/kinds}, bundled in the jar), shared by the
 * palette and the canvas. Each kind has a light-theme and a dark-theme image (the dark one in lighter
 * colours, or the icons fade into the dark background). Images are loaded once; each view gets its own
 * light {@link ImageView}, made in the current theme and switched by {@link #setDark}.
 */
public final class KindIcons {

    /** The node property that holds a view's kind, so a theme switch finds its other image. */
    private static final String KIND = "infra.kind-icon";

    private static final Map<ComponentKind, Image> LIGHT = new HashMap<>();
    private static final Map<ComponentKind, Image> DARK = new HashMap<>();
    private static boolean dark;

    private KindIcons() {
    }

    /** An icon of {@code kind} shown at {@code size} pixels (drawn from the 48 px image, sharp on HiDPI). */
    public static ImageView view(ComponentKind kind, double size) {
        ImageView view = new ImageView(image(kind, dark));
        view.getProperties().put(KIND, kind);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.setPreserveRatio(true);
        view.getStyleClass().add("kind-icon");
        return view;
    }

    /** Makes the icons made from now on in the dark or the light theme; for the window's first icons. */
    public static void startIn(boolean useDark) {
        dark = useDark;
    }

    /**
     * Switches to the light or the dark theme's images: the icons shown under {@code root} now, and every
     * icon made from now on (skins culled from the canvas are made again when they come back). FX thread.
     */
    public static void setDark(Parent root, boolean useDark) {
        dark = useDark;
        for (Node node : root.lookupAll(".kind-icon")) {
            if (node instanceof ImageView view && view.getProperties().get(KIND) instanceof ComponentKind kind) {
                view.setImage(image(kind, useDark));
            }
        }
    }

    /** The image of {@code kind} in the dark or the light theme (one instance each, shared by all views). */
    public static synchronized Image image(ComponentKind kind, boolean inDark) {
        return (inDark ? DARK : LIGHT).computeIfAbsent(kind, k -> {
            String path = "/dev/infradesigner/icons/kinds/" + (inDark ? "png-dark/" : "png/") + k.icon() + "-48.png";
            try (InputStream in = KindIcons.class.getResourceAsStream(path)) {
                return in == null ? null : new Image(in);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
