package dev.infradesigner.analysis;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random, valid, seeded topologies for property tests: mostly layered like real stacks (users, load
 * balancers, web, application, databases), with hosting on shared servers, load-balancer pairs, replicas,
 * dead ends, skipped layers and back edges that make cycles.
 */
public final class RandomDesigns {

    private static final ComponentKind[] LAYERS = {ComponentKind.USERS, ComponentKind.LOAD_BALANCER,
        ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER, ComponentKind.DATABASE};
    private static final ComponentKind[] OTHERS = {ComponentKind.FIREWALL, ComponentKind.MONITORING_AGENT,
        ComponentKind.MONITORING_SERVICE, ComponentKind.CODE_BASE, ComponentKind.DNS};

    private RandomDesigns() {
    }

    public static Design generate(long seed) {
        Random r = new Random(seed);
        int size = 2 + r.nextInt(199);
        int servers = r.nextInt(Math.max(1, size / 4) + 1);
        List<Component> components = new ArrayList<>();
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < LAYERS.length; i++) {
            layers.add(new ArrayList<>());
        }
        List<String> serverIds = new ArrayList<>();
        for (int s = 0; s < servers && components.size() < size - 1; s++) {
            String id = "s" + s;
            components.add(Component.create(id, ComponentKind.SERVER, id, new Bounds(0, 0, 10, 10)));
            serverIds.add(id);
        }
        int usersCount = 1 + (r.nextInt(10) == 0 ? 1 : 0);
        for (int u = 0; u < usersCount; u++) {
            add(components, layers, 0, "u" + u, ComponentKind.USERS, null);
        }
        while (components.size() < size) {
            int n = components.size();
            boolean other = r.nextInt(8) == 0;
            ComponentKind kind = other ? OTHERS[r.nextInt(OTHERS.length)] : LAYERS[1 + r.nextInt(4)];
            String host = kind.hostable() && !serverIds.isEmpty() && r.nextInt(10) < 7
                    ? serverIds.get(r.nextInt(serverIds.size())) : null;
            int layer = other ? -1 : java.util.Arrays.asList(LAYERS).indexOf(kind);
            Component c = add(components, layers, layer, "c" + n, kind, host);
            if (kind == ComponentKind.DATABASE && r.nextInt(3) == 0) {
                components.set(components.size() - 1, c.withSettings(new DatabaseSettings("mysql",
                        DatabaseRole.REPLICA, null, 3306)));
            }
        }
        List<Link> links = new ArrayList<>();
        for (int layer = 0; layer < LAYERS.length - 1; layer++) {
            for (String from : layers.get(layer)) {
                int fanOut = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(layer == 0 ? 2 : 3);
                for (int k = 0; k < fanOut; k++) {
                    int step = r.nextInt(6) == 0 ? 2 : 1;
                    int target = Math.min(LAYERS.length - 1, layer + step);
                    List<String> candidates = layers.get(target);
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    String to = candidates.get(r.nextInt(candidates.size()));
                    links.add(link(links.size(), from, to, LAYERS[target], r));
                }
            }
        }
        int extra = r.nextInt(1 + size / 10);
        for (int k = 0; k < extra; k++) {
            Component a = components.get(r.nextInt(components.size()));
            Component b = components.get(r.nextInt(components.size()));
            if (!a.id().equals(b.id()) && b.kind() != ComponentKind.USERS) {
                links.add(link(links.size(), a.id(), b.id(), b.kind(), r));
            }
        }
        return new Design("random " + seed, components, links);
    }

    private static Component add(List<Component> components, List<List<String>> layers, int layer, String id,
            ComponentKind kind, String host) {
        Component c = Component.create(id, kind, id, new Bounds(0, 0, 10, 10)).withHost(host);
        components.add(c);
        if (layer >= 0) {
            layers.get(layer).add(id);
        }
        return c;
    }

    private static Link link(int n, String from, String to, ComponentKind targetKind, Random r) {
        Protocol protocol = targetKind == ComponentKind.DATABASE
                ? (r.nextInt(8) == 0 ? Protocol.REPLICATION : Protocol.MYSQL)
                : r.nextInt(10) == 0 ? Protocol.MONITORING : r.nextBoolean() ? Protocol.HTTP : Protocol.HTTPS;
        Access access = r.nextInt(3) == 0 ? Access.READ : Access.READ_WRITE;
        return Link.of("l" + n, from, to, protocol).withAccess(access);
    }
}
