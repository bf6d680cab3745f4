package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code firewall.missing}: a server with no firewall on it (a hosted firewall) and none in front of it
 * (users reach it, but only through firewall components). An error where users link straight to it.
 */
public final class FirewallMissingRule implements AuditRule {

    /** What a server's failure domain holds, a bit each: summed over the server and what it hosts. */
    private static final int HOSTS_FIREWALL = 1;
    private static final int REACHED = 2;
    private static final int REACHED_AROUND_FIREWALLS = 4;
    private static final int FACES_INTERNET = 8;

    /** The same for every server (the finding names it): one string, not one per server of a large design. */
    private static final String FIX = "Add a host firewall on it that denies incoming traffic by default and "
            + "allows only the ports its links need (and SSH from the administrators' network).";

    @Override
    public String id() {
        return "firewall.missing";
    }

    @Override
    public String title() {
        return "No firewall";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        TrafficGraph graph = context.traffic();
        int n = graph.size();
        // One pass over the vertices sums up each server with what it hosts (its failure domain).
        byte[] domain = new byte[n];
        for (int v = 0; v < n; v++) {
            int d = graph.domainOf(v);
            domain[d] |= (byte) ((d != v && graph.kindOf(v) == ComponentKind.FIREWALL ? HOSTS_FIREWALL : 0)
                    | (graph.reached(v) ? REACHED : 0)
                    | (graph.reachedAvoiding(v, ComponentKind.FIREWALL) ? REACHED_AROUND_FIREWALLS : 0));
        }
        Entry.links(context).forEach(l -> domain[graph.domainOf(graph.indexOf(l.to()))] |= FACES_INTERNET);
        for (int v = 0; v < n; v++) {
            int flags = domain[v];
            if (graph.kindOf(v) != ComponentKind.SERVER || (flags & HOSTS_FIREWALL) != 0
                    || (flags & REACHED) != 0 && (flags & REACHED_AROUND_FIREWALLS) == 0) {
                continue; // not a server, a host firewall on it, or behind a firewall
            }
            String label = graph.component(v).label();
            List<String> server = List.of(graph.component(v).id());
            report.accept((flags & FACES_INTERNET) != 0
                    ? finding(Severity.ERROR, "\"" + label + "\" takes traffic straight from the internet with no "
                            + "firewall on it or in front of it: every port it opens, SSH and databases included, is "
                            + "open to the world.", FIX, server)
                    : finding(Severity.WARNING, "\"" + label + "\" has no firewall on it or in front of it: anything "
                            + "that gets into the network can reach every port it opens.", FIX, server));
        }
    }
}
