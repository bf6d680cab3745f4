package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code network.single-uplink}: a design with a network layer that users reach through one internet
 * connection only: the "single internet connection without backup or failover" of the reference material,
 * a single point of failure however redundant everything behind it is.
 */
public final class SingleUplinkRule implements AuditRule {

    @Override
    public String id() {
        return "network.single-uplink";
    }

    @Override
    public String title() {
        return "Single internet connection";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        List<Component> uplinks = context.design().componentsOf(ComponentKind.UPLINK);
        if (uplinks.size() != 1) {
            return;
        }
        Component uplink = uplinks.get(0);
        report.accept(finding(Severity.ERROR, "Users reach the design through one internet connection only, "
                + AuditContext.quote(uplink) + ": if it fails, the whole service is unreachable.",
                "Add a second uplink from another provider, into a second router, so one provider's outage "
                + "leaves users a way in.", List.of(uplink.id())));
    }
}
