package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code firewall.missing}: a server with no firewall on it (a hosted firewall) and none in front of it
 * (users reach it, but only through firewall components). An error where users link straight to it.
 */
public final class FirewallMissingRule implements AuditRule {

    @Override
    public String id() {
        return "firewall.missing";
    }

    @Override
    public String title() {
        return "No firewall";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        TrafficGraph graph = context.traffic();
        boolean[] reached = graph.reachable(null);
        boolean[] firewalls = graph.verticesOf(ComponentKind.FIREWALL);
        boolean[] reachedWithoutFirewalls = graph.reachable(firewalls);
        boolean[] entryTarget = new boolean[graph.size()];
        Entry.links(context).forEach(l -> entryTarget[graph.indexOf(l.to())] = true);
        List<Finding> findings = new ArrayList<>();
        for (Component server : context.design().componentsOf(ComponentKind.SERVER)) {
            List<Component> hosted = context.design().hostedOn(server.id());
            if (hosted.stream().anyMatch(c -> c.kind() == ComponentKind.FIREWALL)) {
                continue;
            }
            int[] members = new int[hosted.size() + 1];
            members[0] = graph.indexOf(server.id());
            for (int i = 0; i < hosted.size(); i++) {
                members[i + 1] = graph.indexOf(hosted.get(i).id());
            }
            boolean reachable = false;
            boolean reachableWithoutFirewalls = false;
            boolean facesInternet = false;
            for (int v : members) {
                reachable |= reached[v];
                reachableWithoutFirewalls |= reachedWithoutFirewalls[v];
                facesInternet |= entryTarget[v];
            }
            if (reachable && !reachableWithoutFirewalls) {
                continue; // behind a firewall
            }
            String quoted = AuditContext.quote(server);
            findings.add(finding(facesInternet ? Severity.ERROR : Severity.WARNING, facesInternet
                    ? quoted + " takes traffic straight from the internet with no firewall on it or in front of "
                    + "it: every port it opens, SSH and databases included, is open to the world."
                    : quoted + " has no firewall on it or in front of it: anything that gets into the network "
                    + "can reach every port it opens.",
                    "Add a host firewall to " + quoted + " that denies incoming traffic by default and allows only "
                    + "the ports its links need (and SSH from the administrators' network).",
                    List.of(server.id())));
        }
        return findings;
    }
}
