package dev.infradesigner.lab.drill;

import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the design exposes to users: the addresses of the components users link to (a floating IP and the
 * servers behind it) and every port those components listen on. Anything else reachable from outside is
 * an exposure the design did not draw.
 */
final class EntryPorts {

    private EntryPorts() {
    }

    /** {@code address:port} for every port users may reach. */
    static Set<String> exposed(LabPlan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (Component entry : entries(plan)) {
            List<Integer> ports = listeners(entry);
            Set<String> addresses = new LinkedHashSet<>();
            addresses.add(addressOf(plan, entry));
            plan.hostOf(entry.id()).map(LabHost::address).ifPresent(addresses::add);
            for (String a : addresses) {
                ports.forEach(p -> out.add(a + ":" + p));
            }
        }
        return out;
    }

    /** The components users link to. */
    static List<Component> entries(LabPlan plan) {
        Set<String> users = new LinkedHashSet<>();
        plan.design().componentsOf(ComponentKind.USERS).forEach(u -> users.add(u.id()));
        return plan.design().links().stream().filter(l -> users.contains(l.from())).map(Link::to).distinct()
                .map(id -> plan.design().component(id).orElseThrow()).toList();
    }

    /** Where users reach {@code entry}: its floating IP if it has one, else its server's address. */
    static String addressOf(LabPlan plan, Component entry) {
        if (entry.kind() == ComponentKind.LOAD_BALANCER) {
            String vip = entry.settings(LoadBalancerSettings.class).floatingIp();
            if (vip != null) {
                return vip;
            }
        }
        return plan.hostOf(entry.id()).map(LabHost::address).orElse("");
    }

    private static List<Integer> listeners(Component entry) {
        if (entry.kind() == ComponentKind.LOAD_BALANCER) {
            return entry.settings(LoadBalancerSettings.class).listeners().stream().map(Listener::port).toList();
        }
        if (entry.kind() == ComponentKind.WEB_SERVER) {
            return entry.settings(WebServerSettings.class).listeners().stream().map(Listener::port).toList();
        }
        return List.of();
    }
}
