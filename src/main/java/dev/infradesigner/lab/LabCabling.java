package dev.infradesigner.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's cables while it runs: laid as {@link Wiring} plans them, pulled and plugged back as a failure
 * does, and the wait for the spanning tree to forward again after each change. Kept apart from
 * {@link Lab}, which runs the hosts' daemons, so what a failure does to the network reads in one place.
 */
final class LabCabling {

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(30);

    private final LabPlan plan;
    private final Wiring wiring;

    LabCabling(LabPlan plan) {
        this.plan = plan;
        this.wiring = plan.wiring();
    }

    /** Makes the bridges, every host's namespace and every cable, and gives the users their address. */
    void lay() {
        Network.createBridges(wiring);
        Network.createHost(Topology.USERS_NAMESPACE, 0);
        for (LabHost host : plan.hosts()) {
            Network.createHost(host.namespace(), wiring.serverBridge(host) ? host.index() : 0);
        }
        wiring.cables().forEach(Network::lay);
        Network.address(Topology.USERS_NAMESPACE, plan.usersAddress());
    }

    /** Waits until the spanning tree forwards on every path again (the lab's network and these hosts). */
    void awaitSettled(List<LabHost> changed) {
        if (!wiring.spanningTree()) {
            return;
        }
        List<String> namespaces = new ArrayList<>(List.of(Topology.BRIDGE_NAMESPACE));
        changed.stream().filter(wiring::serverBridge).map(LabHost::namespace).forEach(namespaces::add);
        Network.awaitSettled(namespaces, SETTLE_WITHIN);
    }

    /** Pulls (or plugs back) every cable of a host at the far end, as a dead machine's links go dark. */
    void host(LabHost host, boolean plugged) {
        String id = host.server().id();
        for (Wiring.Cable c : wiring.cablesOf(id)) {
            Network.setLink(c.other(c.endAt(id).orElseThrow()), plugged);
        }
    }

    /** Takes down (or brings back) every cable end at a network device, as a device losing power does. */
    void device(String deviceId, boolean up) {
        for (Wiring.Cable c : wiring.cablesOf(deviceId)) {
            Network.setLink(c.endAt(deviceId).orElseThrow(), up);
        }
    }
}
