package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    public void check(AuditContext context, Consumer<Finding> report) {
        Design design = context.design();
        TrafficGraph graph = context.traffic();
        boolean[] endsTls = new boolean[graph.size()];
        for (Link entry : Entry.links(context)) {
            int to = graph.indexOf(entry.to());
            endsTls[to] |= entry.protocol() == Protocol.HTTPS && graph.kindOf(to) == ComponentKind.LOAD_BALANCER;
        }
        int[] namedFor = new int[graph.size()]; // 1 + the load balancer a backend was last listed for
        for (int lbAt = 0; lbAt < endsTls.length; lbAt++) {
            if (!endsTls[lbAt]) {
                continue;
            }
            // Its plain-text backends, each once, in the order of its links.
            List<Component> backends = new ArrayList<>();
            for (int edge = graph.outStart(lbAt); edge < graph.outEnd(lbAt); edge++) {
                Protocol protocol = design.protocolAt(graph.linkOf(edge));
                int backend = graph.target(edge);
                if ((protocol == Protocol.HTTP || protocol == Protocol.TCP) && namedFor[backend] != lbAt + 1) {
                    namedFor[backend] = lbAt + 1;
                    backends.add(graph.component(backend));
                }
            }
            if (!backends.isEmpty()) {
                Component lb = graph.component(lbAt);
                List<String> ids = new ArrayList<>(List.of(lb.id()));
                backends.forEach(b -> ids.add(b.id()));
                report.accept(finding(Severity.INFO, "TLS ends at " + context.name(lb) + "; it forwards to "
                        + context.names(backends) + " in plain text, readable by anyone on the internal network.",
                        "Re-encrypt to the backends (HTTPS from the load balancer to the web servers), or accept "
                        + "it for a trusted private network.", ids));
            }
        }
    }
}
