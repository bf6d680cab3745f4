package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import java.util.function.Consumer;

/** {@code https.missing}: users reach the site over plain HTTP only. */
public final class HttpsMissingRule implements AuditRule {

    @Override
    public String id() {
        return "https.missing";
    }

    @Override
    public String title() {
        return "No HTTPS";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        List<Link> entry = Entry.links(context);
        if (entry.isEmpty() || entry.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS)) {
            return;
        }
        List<Component> targets = entry.stream().map(l -> context.component(l.to())).distinct().toList();
        report.accept(finding(Severity.ERROR, "Users reach " + context.names(targets) + " over plain "
                + "HTTP only: passwords, cookies and pages cross the internet unencrypted and can be read or "
                + "changed on the way.",
                "Serve HTTPS on port 443 with a TLS certificate (for example from Let's Encrypt) at the entry "
                + "point, and redirect HTTP to HTTPS.", targets.stream().map(Component::id).toList()));
    }
}
