package dev.infradesigner.ui.canvas;

import dev.infradesigner.model.ComponentKind;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * The icon of each component kind (drawn in {@code icons/kinds}, bundled in the jar), shared by the
 * palette and the canvas. Images are loaded once; each view gets its own light {@link ImageView}.
 */
public final class KindIcons {

    private static final Map<ComponentKind, Image> IMAGES = new EnumMap<>(ComponentKind.class);

    private KindIcons() {
    }

    /** An icon of {@code kind} shown at {@code size} pixels (drawn from the 48 px image, sharp on HiDPI). */
    public static ImageView view(ComponentKind kind, double size) {
        ImageView view = new ImageView(image(kind));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        view.setPreserveRatio(true);
        view.getStyleClass().add("kind-icon");
        return view;
    }

    static synchronized Image image(ComponentKind kind) {
        return IMAGES.computeIfAbsent(kind, k -> {
            String path = "/dev/infradesigner/icons/kinds/png/" + k.key() + "-48.png";
            try (InputStream in = KindIcons.class.getResourceAsStream(path)) {
                return in == null ? null : new Image(in);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
