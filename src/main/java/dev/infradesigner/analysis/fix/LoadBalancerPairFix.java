package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lone load balancer made a keepalived pair: a twin on a server of its own with the same settings and
 * backends, both sharing a floating IP, and users linked to both.
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
        List<Component> changed = new ArrayList<>();
        changed.add(lb.withSettings(shared));
        String twinId = Placement.freshId(design, lbId + "-2");
        double shiftY = 0;
        String twinHost = null;
        Optional<Component> host = design.hostOf(lb);
        if (host.isPresent()) {
            Bounds hb = host.get().bounds();
            String serverId = Placement.freshId(design, host.get().id() + "-2");
            shiftY = Placement.belowAll(design) - hb.y();
            ServerSettings hs = host.get().settings(ServerSettings.class);
            changed.add(new Component(serverId, host.get().label() + " (standby pair)", null, hb.moved(0, shiftY),
                    new ServerSettings(serverId, ReplicaFix.freeIp(design), hs.adminSource())));
            twinHost = serverId;
        } else {
            shiftY = Placement.belowAll(design) - lb.bounds().y();
        }
        changed.add(new Component(twinId, lb.label() + " 2", twinHost, lb.bounds().moved(0, shiftY), shared));
        Design next = design.withAll(changed);
        List<Link> links = new ArrayList<>(next.links());
        for (Link l : design.linksTo(lbId)) {
            links.add(new Link(Placement.freshId(next, l.id() + "-2"), l.from(), twinId, l.protocol(), l.port(),
                    l.access(), l.standby()));
        }
        for (Link l : design.linksFrom(lbId)) {
            links.add(new Link(Placement.freshId(next, l.id() + "-2"), twinId, l.to(), l.protocol(), l.port(),
                    l.access(), l.standby()));
        }
        return new Design(next.name(), next.components(), links, next.suppressions());
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
