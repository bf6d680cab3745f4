package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code https.missing}: users reach the site over plain HTTP only. HTTPS needs three things at an entry
 * point: an HTTPS listener, its certificate, and users' links speaking HTTPS to it; the finding says which of
 * them are missing, so a person setting it up by hand sees what is left (the users' link still on HTTP kept
 * the error up after listener, certificate and redirect were all set, with a message that did not say so).
 * Only HTTP entry points count: users reaching a database over MySQL is {@code firewall.database-exposed}.
 */
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
        Map<Component, List<Link>> byEntry = new LinkedHashMap<>();
        for (Link l : Entry.links(context)) {
            if (l.protocol() == Protocol.HTTP || l.protocol() == Protocol.HTTPS) {
                byEntry.computeIfAbsent(context.component(l.to()), k -> new ArrayList<>()).add(l);
            }
        }
        if (byEntry.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        for (Map.Entry<Component, List<Link>> e : byEntry.entrySet()) {
            HttpsParts parts = HttpsParts.of(context, e.getKey(), e.getValue());
            if (parts.complete()) {
                return;
            }
            problems.add(parts.missing());
            fixes.add(parts.fix());
        }
        List<Component> targets = List.copyOf(byEntry.keySet());
        report.accept(finding(Severity.ERROR, "Users reach " + context.names(targets) + " over plain HTTP only: "
                + String.join("; ", problems) + ". Passwords, cookies and pages cross the internet unencrypted "
                + "and can be read or changed on the way.",
                String.join(" ", fixes) + " Then redirect HTTP to HTTPS (a certificate from Let's Encrypt is free).",
                targets.stream().map(Component::id).toList()));
    }
}
