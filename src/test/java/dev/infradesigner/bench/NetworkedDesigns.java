package dev.infradesigner.bench;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DesignGenerator}'s designs on a data-centre network: racks of five servers on two top-of-rack
 * switches, pods of ten racks on two routers, two core routers over the pods and two uplinks into them.
 * At 100,000 components that is about 11,000 devices and 68,000 cables, every path redundant.
 */
public final class NetworkedDesigns {

    static final int RACK = 5;
    static final int POD = 10;

    private NetworkedDesigns() {
    }

    public static Design generate(int components) {
        Design plain = DesignGenerator.generate(components);
        List<Component> all = new ArrayList<>(plain.components());
        List<Link> links = new ArrayList<>(plain.links());
        List<Component> servers = plain.componentsOf(ComponentKind.SERVER);
        int[] n = {0};
        String[] uplinks = {device(all, "up-a", ComponentKind.UPLINK), device(all, "up-b", ComponentKind.UPLINK)};
        String[] core = {device(all, "core-a", ComponentKind.ROUTER), device(all, "core-b", ComponentKind.ROUTER)};
        for (String c : core) {
            for (String u : uplinks) {
                cable(links, n, c, u);
            }
        }
        String[] pod = null;
        String[] rack = null;
        for (int i = 0; i < servers.size(); i++) {
            int r = i / RACK;
            if (i % (RACK * POD) == 0) {
                int p = r / POD;
                pod = new String[] {device(all, "pod" + p + "-a", ComponentKind.ROUTER),
                    device(all, "pod" + p + "-b", ComponentKind.ROUTER)};
                for (String x : pod) {
                    for (String c : core) {
                        cable(links, n, x, c);
                    }
                }
            }
            if (i % RACK == 0) {
                rack = new String[] {device(all, "tor" + r + "-a", ComponentKind.SWITCH),
                    device(all, "tor" + r + "-b", ComponentKind.SWITCH)};
                for (String s : rack) {
                    for (String x : pod) {
                        cable(links, n, s, x);
                    }
                }
            }
            for (String s : rack) {
                cable(links, n, servers.get(i).id(), s);
            }
        }
        return new Design(plain.name(), all, links);
    }

    private static String device(List<Component> all, String id, ComponentKind kind) {
        all.add(Component.create(id, kind, id, new Bounds(0, 0, 168, 56)));
        return id;
    }

    private static void cable(List<Link> links, int[] n, String a, String b) {
        links.add(new Link("cable-" + n[0]++, a, b, Protocol.NETWORK, 0, Access.READ_WRITE, false));
    }
}
