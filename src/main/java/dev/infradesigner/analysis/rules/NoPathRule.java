package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkPaths;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Cables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code network.no-path}: a hop of traffic that no path of cables allows, even with nothing failed: the
 * switches a server is on reach no uplink, or the two servers of a hop hang off parts of the network that
 * are not joined. The single-point-of-failure rules ask what one failure takes away; this is what is
 * missing before anything fails, and it would otherwise show only as components users do not reach. A
 * server on no network at all is {@code network.unattached}'s case and is not reported again here.
 */
public final class NoPathRule implements AuditRule {

    @Override
    public String id() {
        return "network.no-path";
    }

    @Override
    public String title() {
        return "No network path";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        TrafficGraph traffic = context.traffic();
        NetworkPaths network = traffic.network();
        if (!network.present()) {
            return;
        }
        Map<Integer, Boolean> attached = new HashMap<>();
        // The first hop seen for each pair of places no path joins, by the pair, in the design's order.
        Map<Long, int[]> cut = new LinkedHashMap<>();
        for (int v = 0; v < traffic.size(); v++) {
            for (int e = traffic.outStart(v); e < traffic.outEnd(v); e++) {
                int to = traffic.target(e);
                if (network.required(v, to) != NetworkPaths.NONE) {
                    continue;
                }
                int a = network.placeOf(v);
                int b = network.placeOf(to);
                if (!onNetwork(traffic, network, a, attached) || !onNetwork(traffic, network, b, attached)) {
                    continue;
                }
                long key = (long) Math.min(a, b) * (traffic.size() + 1) + Math.max(a, b);
                cut.putIfAbsent(key, new int[] {a, b, v, to});
            }
        }
        for (int[] hop : cut.values()) {
            List<String> ids = new ArrayList<>();
            for (int place : new int[] {hop[0], hop[1]}) {
                if (!network.isInternet(place)) {
                    ids.add(traffic.component(place).id());
                }
            }
            boolean fromUsers = network.isInternet(hop[0]) || network.isInternet(hop[1]);
            String between = place(traffic, network, hop[0]) + " and " + place(traffic, network, hop[1]);
            String fix = fromUsers
                    ? "Cable a switch " + place(traffic, network, network.isInternet(hop[0]) ? hop[1] : hop[0])
                            + " is on to a router that has an uplink, so users have a way in."
                    : "Cable the switches of " + between + " together, or each to a router they share, so a path "
                            + "joins them.";
            report.accept(finding(Severity.ERROR, "No path of cables joins " + between + ": "
                    + AuditContext.quote(traffic.component(hop[2])) + " cannot reach "
                    + AuditContext.quote(traffic.component(hop[3])) + ", even with nothing failed.", fix, ids));
        }
    }

    /** Whether a place is on the network: the internet, or a server cabled to a network device. */
    private static boolean onNetwork(TrafficGraph traffic, NetworkPaths network, int place,
            Map<Integer, Boolean> attached) {
        if (network.isInternet(place)) {
            return true;
        }
        return attached.computeIfAbsent(place,
                p -> !Cables.devicesOf(traffic.design(), traffic.component(p).id()).isEmpty());
    }

    private static String place(TrafficGraph traffic, NetworkPaths network, int place) {
        return network.isInternet(place) ? "the internet" : AuditContext.quote(traffic.component(place));
    }
}
