package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sample 04 given a network, for tests: two uplinks from two providers into two routers, each router cabled
 * to two switches, every server to both switches; any device (and its cables) can be left out.
 */
public final class NetworkDesigns {

    private NetworkDesigns() {
    }

    private static final List<String> DEVICES = List.of("uplink-a", "uplink-b", "router-a", "router-b",
            "switch-a", "switch-b");

    /** Sample 04 over a redundant network; {@code without} lists devices (and their cables) left out. */
    public static Design sample4Redundant(String... without) {
        Design sample;
        try {
            sample = dev.infradesigner.io.DesignFiles.load(java.nio.file.Path.of("samples", "04-scaled-up.infra"));
        } catch (dev.infradesigner.io.DesignLoadException e) {
            throw new AssertionError(e);
        }
        Set<String> gone = Set.of(without);
        List<Component> components = new ArrayList<>(sample.components());
        for (int i = 0; i < DEVICES.size(); i++) {
            String id = DEVICES.get(i);
            if (gone.contains(id)) {
                continue;
            }
            ComponentKind kind = id.startsWith("uplink") ? ComponentKind.UPLINK
                    : id.startsWith("router") ? ComponentKind.ROUTER : ComponentKind.SWITCH;
            Component device = Component.create(id, kind, id, new Bounds(40 + 250 * (i / 2), 840 + 100 * (i % 2), 168, 56));
            components.add(id.equals("uplink-b") ? device.withSettings(new dev.infradesigner.model.UplinkSettings("ISP B", 1000))
                    : device);
        }
        List<Link> links = new ArrayList<>(sample.links());
        List<String[]> cables = new ArrayList<>();
        cables.add(new String[] {"router-a", "uplink-a"});
        cables.add(new String[] {"router-b", "uplink-b"});
        for (String router : List.of("router-a", "router-b")) {
            for (String sw : List.of("switch-a", "switch-b")) {
                cables.add(new String[] {sw, router});
            }
        }
        for (Component server : sample.componentsOf(ComponentKind.SERVER)) {
            cables.add(new String[] {server.id(), "switch-a"});
            cables.add(new String[] {server.id(), "switch-b"});
        }
        for (String[] c : cables) {
            if (!gone.contains(c[0]) && !gone.contains(c[1])) {
                links.add(new Link(c[0] + "--" + c[1], c[0], c[1], Protocol.NETWORK, 0, Access.READ_WRITE, false));
            }
        }
        return new Design(sample.name(), components, links);
    }

}
