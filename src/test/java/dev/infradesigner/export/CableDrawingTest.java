package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A cable is drawn without a direction: no arrow head, and a label that says "network", not a port. */
class CableDrawingTest {

    @Test
    void aCableHasNoHeadAndATrafficLinkStillHasOne() {
        Design design = new Design("d", List.of(
                Component.create("users", ComponentKind.USERS, "Users", new Bounds(0, 0, 168, 56)),
                Component.create("s1", ComponentKind.SERVER, "Server", new Bounds(300, 0, 200, 128)),
                Component.create("web", ComponentKind.WEB_SERVER, "Nginx", new Bounds(316, 56, 168, 56)).withHost("s1"),
                Component.create("sw", ComponentKind.SWITCH, "Switch", new Bounds(300, 300, 168, 56))),
                List.of(Link.of("http", "users", "web", Protocol.HTTP),
                        new Link("cable", "s1", "sw", Protocol.NETWORK, 0, Access.READ_WRITE, false)));
        String svg = SvgDiagram.of(design);
        String cable = group(svg, "cable");
        assertFalse(cable.contains("marker-end"), cable);
        assertFalse(cable.contains(" 0<") || cable.contains("NETWORK 0"), "no port on a cable: " + cable);
        assertTrue(group(svg, "http").contains("marker-end=\"url(#arrow)\""), group(svg, "http"));
    }

    private static String group(String svg, String id) {
        Matcher m = Pattern.compile("<g id=\"" + id + "\">.*?</g>").matcher(svg);
        assertTrue(m.find(), "no group " + id + " in\n" + svg);
        return m.group();
    }
}
