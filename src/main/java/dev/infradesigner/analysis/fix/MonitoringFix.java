package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.Settings;
import java.util.List;
import java.util.Optional;

/** A monitoring agent on every server that has none, each reporting to the design's monitoring service (added if missing). */
final class MonitoringFix {

    private MonitoringFix() {
    }

    static Optional<Fix> everywhere(Design design) {
        return Optional.of(new Fix("Add monitoring agents to every server", MonitoringFix::apply));
    }

    private static Design apply(Design design) {
        Design next = design;
        Component service = next.componentsOf(ComponentKind.MONITORING_SERVICE).stream().findFirst().orElse(null);
        if (service == null) {
            double maxX = next.components().stream().mapToDouble(c -> c.bounds().maxX()).max().orElse(0);
            double minY = next.components().stream().mapToDouble(c -> c.bounds().y()).min().orElse(0);
            service = Component.create(Placement.freshId(next, "monitoring"), ComponentKind.MONITORING_SERVICE,
                    "Prometheus", new Bounds(maxX + 80, minY, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
            next = next.with(service);
        }
        int port = service.settings(MonitoringServiceSettings.class).port();
        Design withAgents = next;
        for (Component server : next.componentsOf(ComponentKind.SERVER)) {
            boolean hasAgent = next.hostedOn(server.id()).stream().anyMatch(c -> c.kind() == ComponentKind.MONITORING_AGENT);
            if (hasAgent) {
                continue;
            }
            Bounds bounds = Placement.newRowIn(withAgents, server);
            // Fresh among what this fix has added too: long ids cut to the same stem must not meet.
            String id = Placement.freshId(withAgents, server.id() + "-agent");
            Component agent = new Component(id, "Agent " + server.label(), server.id(), bounds,
                    Settings.defaults(ComponentKind.MONITORING_AGENT));
            withAgents = Placement.grow(withAgents.withAll(List.of(agent)), server.id(), bounds);
            withAgents = withAgents.with(new Link(Placement.freshId(withAgents, id + "-" + service.id()), id,
                    service.id(), Protocol.MONITORING, port, dev.infradesigner.model.Access.READ_WRITE, false));
        }
        return withAgents;
    }
}
