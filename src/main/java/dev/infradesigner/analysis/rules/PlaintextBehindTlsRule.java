package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/** {@code https.plaintext-behind-tls}: TLS ends at the load balancer and the hop behind it is plain text. */
public final class PlaintextBehindTlsRule implements AuditRule {

    @Override
    public String id() {
        return "https.plaintext-behind-tls";
    }

    @Override
    public String title() {
        return "Plain text behind TLS";
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        Entry.links(context).stream().filter(l -> l.protocol() == Protocol.HTTPS)
                .map(l -> context.component(l.to())).distinct()
                .filter(c -> c.kind() == ComponentKind.LOAD_BALANCER)
                .forEach(lb -> {
                    List<Link> plain = context.linksFrom(lb.id()).stream()
                            .filter(l -> l.protocol() == Protocol.HTTP || l.protocol() == Protocol.TCP).toList();
                    if (!plain.isEmpty()) {
                        List<Component> backends = plain.stream().map(l -> context.component(l.to())).distinct()
                                .toList();
                        List<String> ids = new ArrayList<>(List.of(lb.id()));
                        backends.forEach(b -> ids.add(b.id()));
                        findings.add(finding(Severity.INFO, "TLS ends at " + context.name(lb) + "; it forwards "
                                + "to " + context.names(backends) + " in plain text, readable by anyone on the "
                                + "internal network.",
                                "Re-encrypt to the backends (HTTPS from the load balancer to the web servers), or "
                                + "accept it for a trusted private network.", ids));
                    }
                });
        return findings;
    }
}
