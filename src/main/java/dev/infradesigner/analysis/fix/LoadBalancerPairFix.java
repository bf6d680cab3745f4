package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FreeSpace;
import dev.infradesigner.model.FreshNames;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lone load balancer made a keepalived pair: a twin with the same settings and backends, both sharing a
 * floating IP, and users linked to both. The twin runs on a server of its own placed beside the original's,
 * with a host name and address of its own and what keeps the original's server safe and watched (its
 * firewall, or one made for its links, and its monitoring agents). The first version put a bare server below
 * everything: it had no firewall (a new error), and its links crossed the whole diagram.
 */
final class LoadBalancerPairFix {

    private LoadBalancerPairFix() {
    }

    static Optional<Fix> forBalancer(Design design, String lbId) {
        return design.component(lbId).filter(c -> c.kind() == ComponentKind.LOAD_BALANCER)
                .map(lb -> new Fix("Pair " + lb.label() + " with a second load balancer sharing a floating IP",
                        d -> apply(d, lbId)));
    }

    private static Design apply(Design design, String lbId) {
        Component lb = design.component(lbId).orElseThrow();
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        String floating = s.floatingIp() != null ? s.floatingIp() : floatingIp(design, lb);
        LoadBalancerSettings shared = new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(), s.listeners(),
                s.certificate(), s.redirectHttps(), s.healthCheck(), floating);
        FreshNames names = new FreshNames(design);
        Set<String> taken = new HashSet<>();
        List<Component> added = new ArrayList<>();
        List<Link> links = new ArrayList<>(design.links());
        Optional<Component> host = design.hostOf(lb);
        String twinId = fresh(design, lbId + "-2", taken);
        String twinHost = null;
        double[] shift;
        boolean firewalled = false;
        if (host.isPresent()) {
            Component original = host.get();
            Bounds spot = FreeSpace.beside(design, original.bounds(), original.bounds().width(),
                    original.bounds().height(), false);
            shift = new double[] {spot.x() - original.bounds().x(), spot.y() - original.bounds().y()};
            twinHost = fresh(design, original.id() + "-2", taken);
            added.add(new Component(twinHost, names.label(original.label()), null, moved(original.bounds(), shift),
                    names.server(original.settings(ServerSettings.class))));
            for (Component c : design.hostedOn(original.id())) {
                if (c.kind() != ComponentKind.FIREWALL && c.kind() != ComponentKind.MONITORING_AGENT) {
                    continue;
                }
                String id = fresh(design, c.id() + "-2", taken);
                added.add(new Component(id, names.label(c.label()), twinHost, moved(c.bounds(), shift), c.settings()));
                firewalled |= c.kind() == ComponentKind.FIREWALL;
                for (Link l : design.linksFrom(c.id())) {
                    links.add(new Link(fresh(design, id + "-" + l.to(), taken), id, l.to(), l.protocol(), l.port(),
                            l.access(), l.standby()));
                }
            }
        } else {
            Bounds spot = FreeSpace.beside(design, lb.bounds(), lb.bounds().width(), lb.bounds().height(), false);
            shift = new double[] {spot.x() - lb.bounds().x(), spot.y() - lb.bounds().y()};
        }
        added.add(new Component(twinId, names.label(lb.label()), twinHost, moved(lb.bounds(), shift), shared));
        for (Link l : design.linksTo(lbId)) {
            links.add(new Link(fresh(design, l.id() + "-2", taken), l.from(), twinId, l.protocol(), l.port(),
                    l.access(), l.standby()));
        }
        for (Link l : design.linksFrom(lbId)) {
            links.add(new Link(fresh(design, l.id() + "-2", taken), twinId, l.to(), l.protocol(), l.port(),
                    l.access(), l.standby()));
        }
        List<Component> components = new ArrayList<>(design.components());
        components.replaceAll(c -> c.id().equals(lbId) ? c.withSettings(shared) : c);
        components.addAll(added);
        Design next = new Design(design.name(), components, links, design.suppressions(),
                design.availabilityTarget().orElse(null));
        return twinHost != null && !firewalled ? HostFirewallFix.addTo(next, twinHost) : next;
    }

    private static Bounds moved(Bounds b, double[] shift) {
        return b.moved(shift[0], shift[1]);
    }

    private static String fresh(Design design, String base, Set<String> taken) {
        String id = base;
        for (int n = 2; design.contains(id) || taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    private static String floatingIp(Design design, Component lb) {
        String base = design.hostOf(lb).map(h -> h.settings(ServerSettings.class).ipAddress()).orElse("10.0.1.10");
        int dot = base.lastIndexOf('.');
        if (base.contains(":") || dot < 0) {
            return "10.0.1.100";
        }
        return base.substring(0, dot) + ".100";
    }
}
