package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.function.Consumer;

/** {@code hygiene.no-entry}: the design has no users entry, or the users reach nothing. */
public final class NoEntryRule implements AuditRule {

    @Override
    public String id() {
        return "hygiene.no-entry";
    }

    @Override
    public String title() {
        return "No entry point";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        List<Component> users = context.design().componentsOf(ComponentKind.USERS);
        if (users.isEmpty()) {
            report.accept(finding(Severity.ERROR, "The design has no users (internet) component, so nothing "
                    + "says where requests come from and the audit cannot follow them.",
                    "Add a Users component and link it to the entry point (the load balancer or web server).",
                    List.of()));
            return;
        }
        if (Entry.links(context).isEmpty()) {
            report.accept(finding(Severity.ERROR, context.names(users) + " reach nothing: no traffic link "
                    + "leaves them.", "Link the users to the entry point (the load balancer or web server) with "
                    + "an HTTP or HTTPS link.", users.stream().map(Component::id).toList()));
        }
    }
}
