package dev.infradesigner.analysis;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random network layer under a random design: one to three uplinks, routers and switches, cabled mostly
 * as real networks are (uplinks into routers, routers to switches, servers to one or two switches) with
 * redundant and single paths mixed, switches joined to each other, a server now and then on a router or on
 * nothing, two servers now and then cabled to each other, and a device now and then left with no cable.
 */
public final class RandomNetworks {

    private RandomNetworks() {
    }

    public static Design under(Design design, long seed) {
        Random r = new Random(seed);
        List<Component> components = new ArrayList<>(design.components());
        List<Link> links = new ArrayList<>(design.links());
        List<String> uplinks = devices(components, "up", ComponentKind.UPLINK, 1 + r.nextInt(3));
        List<String> routers = devices(components, "rt", ComponentKind.ROUTER, 1 + r.nextInt(3));
        List<String> switches = devices(components, "sw", ComponentKind.SWITCH, 1 + r.nextInt(3));
        int[] n = {0};
        for (String router : routers) {
            if (r.nextInt(12) != 0) {
                cable(links, n, router, pick(r, uplinks));
            }
            if (r.nextInt(4) == 0) {
                cable(links, n, router, pick(r, uplinks));
            }
        }
        for (String sw : switches) {
            cable(links, n, sw, pick(r, routers));
            if (r.nextInt(3) == 0) {
                cable(links, n, sw, pick(r, routers));
            }
            if (r.nextInt(4) == 0) {
                cable(links, n, sw, pick(r, switches));
            }
        }
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            int roll = r.nextInt(20);
            if (roll == 0) {
                continue;
            }
            cable(links, n, server.id(), roll == 1 ? pick(r, routers) : pick(r, switches));
            if (r.nextInt(3) == 0) {
                cable(links, n, server.id(), pick(r, switches));
            }
        }
        List<Component> servers = design.componentsOf(ComponentKind.SERVER);
        if (servers.size() > 1 && r.nextInt(4) == 0) {
            // A crossover cable between two servers: a path of its own, through no device.
            cable(links, n, servers.get(r.nextInt(servers.size())).id(), servers.get(r.nextInt(servers.size())).id());
        }
        return new Design(design.name(), components, links);
    }

    private static List<String> devices(List<Component> components, String prefix, ComponentKind kind, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + i;
            components.add(Component.create(id, kind, id, new Bounds(0, 0, 10, 10)));
            ids.add(id);
        }
        return ids;
    }

    private static String pick(Random r, List<String> ids) {
        return ids.get(r.nextInt(ids.size()));
    }

    private static void cable(List<Link> links, int[] n, String a, String b) {
        if (!a.equals(b)) {
            links.add(new Link("net" + n[0]++, a, b, Protocol.NETWORK, 0, dev.infradesigner.model.Access.READ_WRITE,
                    false));
        }
    }
}
