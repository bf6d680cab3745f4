package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<Integer> entryTargets = new HashSet<>();
        Entry.links(context).forEach(l -> entryTargets.add(graph.indexOf(l.to())));
        List<Finding> findings = new ArrayList<>();
        for (Component server : context.design().componentsOf(ComponentKind.SERVER)) {
            List<Component> hosted = context.design().hostedOn(server.id());
            if (hosted.stream().anyMatch(c -> c.kind() == ComponentKind.FIREWALL)) {
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(graph.indexOf(server.id())));
            hosted.forEach(c -> members.add(graph.indexOf(c.id())));
            boolean reachable = members.stream().anyMatch(v -> reached[v]);
            boolean behindFirewall = reachable && members.stream().noneMatch(v -> reachedWithoutFirewalls[v]);
            if (behindFirewall) {
                continue;
            }
            boolean facesInternet = members.stream().anyMatch(entryTargets::contains);
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
