package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.RouterSettings;
import dev.infradesigner.model.SwitchSettings;
import dev.infradesigner.model.UplinkSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network devices and cables in a file: saved without a port, loaded back the same, bad values located. */
class NetworkFileTest {

    @TempDir
    Path folder;

    @Test
    void devicesAndCablesSaveAndLoadByteForByte() throws Exception {
        Design design = new Design("Net", List.of(
                Component.create("s1", ComponentKind.SERVER, "Server", new Bounds(0, 0, 200, 120)),
                Component.create("sw", ComponentKind.SWITCH, "Switch", new Bounds(300, 0, 168, 56))
                        .withSettings(new SwitchSettings(24)),
                Component.create("rt", ComponentKind.ROUTER, "Router", new Bounds(500, 0, 168, 56))
                        .withSettings(new RouterSettings(true, true)),
                Component.create("up", ComponentKind.UPLINK, "Uplink", new Bounds(700, 0, 168, 56))
                        .withSettings(new UplinkSettings("Provider \u00e9", 500))),
                List.of(new Link("c1", "s1", "sw", Protocol.NETWORK, 0, Access.READ_WRITE, false),
                        new Link("c2", "sw", "rt", Protocol.NETWORK, 0, Access.READ_WRITE, false),
                        new Link("c3", "rt", "up", Protocol.NETWORK, 0, Access.READ_WRITE, false)));
        Path file = folder.resolve("net.infra");
        DesignFiles.save(design, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"protocol\": \"network\""), text);
        assertFalse(text.contains("\"port\""), "a cable has no port: " + text);
        Design loaded = DesignFiles.load(file);
        assertEquals(design, loaded);
        Path again = folder.resolve("again.infra");
        DesignFiles.save(loaded, again);
        assertEquals(text, Files.readString(again));
    }

    @Test
    void aBadValueIsAnErrorWithItsPlace() {
        String file = "{\"format\": \"infra-designer\", \"version\": 1, \"name\": \"n\", \"components\": [\n"
                + "{\"id\": \"sw\", \"kind\": \"switch\", \"label\": \"S\", \"x\": 0, \"y\": 0, \"width\": 168,"
                + " \"height\": 56, \"settings\": {\"ports\": 0}}], \"links\": []}";
        DesignLoadException e = org.junit.jupiter.api.Assertions.assertThrows(DesignLoadException.class,
                () -> DesignFiles.load(new java.io.ByteArrayInputStream(file.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("components[0].settings.ports"), e.getMessage());
        assertTrue(e.getMessage().contains("between 1 and 1024"), e.getMessage());
    }
}
