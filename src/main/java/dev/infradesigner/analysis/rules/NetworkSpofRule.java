package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.FailureAnalysis;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code spof.network}: losing one switch, router or uplink cuts users off a tier the service needs. The
 * design's only uplink is its own named case ({@code network.single-uplink}) and is not reported twice.
 */
public final class NetworkSpofRule implements AuditRule {

    @Override
    public String id() {
        return "spof.network";
    }

    @Override
    public String title() {
        return "Single network device";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        boolean singleUplink = context.design().componentsOf(ComponentKind.UPLINK).size() == 1;
        for (FailureAnalysis.Domain domain : context.failures().singlePointsOfFailure()) {
            Component device = domain.component();
            ComponentKind kind = device.kind();
            if (!kind.networkDevice() || kind == ComponentKind.UPLINK && singleUplink) {
                continue;
            }
            report.accept(finding(Severity.ERROR, "If " + AuditContext.quote(device) + " (" + kind.displayName()
                    .toLowerCase() + ") fails, users cannot reach " + SpofWording.tiers(domain.lostTiers())
                    + ": every path of cables " + (domain.lostTiers().size() == 1 ? "to it" : "to them")
                    + " runs through it.", fix(kind), List.of(device.id())));
        }
    }

    private static String fix(ComponentKind kind) {
        if (kind == ComponentKind.SWITCH) {
            return "Add a second switch and attach every server this one serves to both (and both switches to "
                    + "the routers), so a switch's loss leaves each server a path.";
        }
        if (kind == ComponentKind.ROUTER) {
            return "Add a second router, attached to the switches and to an uplink of its own, so a router's "
                    + "loss leaves users a way in.";
        }
        return "Add a second uplink, from another provider, into another router, so one connection's loss "
                + "leaves users a way in.";
    }
}
