package dev.infradesigner.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.ShippedKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every registered kind has the icons its descriptor names, light and dark; a shipped kind's SVG source is
 * drawn in the kind's own colours (render.sh makes the dark PNG from the SVG's data-dark-stroke).
 */
class KindIconFilesTest {

    @Test
    void everyRegisteredKindHasItsTwoIcons() {
        for (ComponentKind kind : ComponentKind.values()) {
            for (String set : new String[] {"png", "png-dark"}) {
                String path = "/dev/infradesigner/icons/kinds/" + set + "/" + kind.icon() + "-48.png";
                assertNotNull(KindIcons.class.getResource(path), kind.key() + ": " + path);
            }
        }
    }

    @Test
    void everyShippedKindsSvgIsInItsColours() throws Exception {
        for (ComponentKind kind : new ShippedKinds().kinds()) {
            String svg = Files.readString(Path.of("icons/kinds", kind.icon() + ".svg"));
            assertEquals(kind.colour(), attribute(svg, " stroke"), kind.key());
            assertEquals(kind.darkColour(), attribute(svg, "data-dark-stroke"), kind.key());
        }
    }

    private static String attribute(String svg, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"(#[0-9a-fA-F]{6})\"").matcher(svg);
        return m.find() ? m.group(1).toLowerCase() : null;
    }
}
