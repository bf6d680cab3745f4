package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ServerAddresses;
import java.util.function.Consumer;

/**
 * {@code hygiene.duplicate-address}: two servers share a host name or an IP address. One finding per group
 * of servers, naming them all: a copied server that kept its original's name and address made every other
 * finding about the two ambiguous, and its exported files overwrote the original's.
 */
public final class DuplicateAddressRule implements AuditRule {

    @Override
    public String id() {
        return "hygiene.duplicate-address";
    }

    @Override
    public String title() {
        return "Servers share an address";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (ServerAddresses.Clash clash : ServerAddresses.of(context.design())) {
            report.accept(finding(Severity.ERROR, context.names(clash.servers()) + " share " + clash.shared()
                    + ": two servers cannot both answer to it, so traffic meant for one reaches the other, and "
                    + "their exported files would overwrite each other.",
                    "Give each server a host name and an IP address of its own (in the inspector, with the server "
                    + "selected).", clash.servers().stream().map(Component::id).toList()));
        }
    }
}
