package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code network.unattached}: in a design with a network layer, a server with no cable to any switch or
 * router. Once a design has a network, traffic between servers needs one, so nothing reaches this server
 * from another, or from users.
 */
public final class UnattachedRule implements AuditRule {

    @Override
    public String id() {
        return "network.unattached";
    }

    @Override
    public String title() {
        return "Server on no network";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Design design = context.design();
        if (design.components().stream().noneMatch(c -> c.kind().networkDevice())) {
            return;
        }
        Set<String> attached = new HashSet<>();
        for (Link link : design.links()) {
            if (link.protocol() != Protocol.NETWORK) {
                continue;
            }
            Component from = design.component(link.from()).orElseThrow();
            Component to = design.component(link.to()).orElseThrow();
            if (from.kind().networkDevice()) {
                attached.add(to.id());
            }
            if (to.kind().networkDevice()) {
                attached.add(from.id());
            }
        }
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            if (!attached.contains(server.id())) {
                report.accept(finding(Severity.ERROR, AuditContext.quote(server) + " is attached to no switch or "
                        + "router: in a design with a network, nothing reaches it from another server or from "
                        + "users.", "Draw a network link from " + AuditContext.quote(server) + " to a switch "
                        + "(to two switches, so that neither is a single point of failure).",
                        List.of(server.id())));
            }
        }
    }
}
