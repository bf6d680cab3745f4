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
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
        int widest = 0;
        for (int lbAt = 0; lbAt < endsTls.length; lbAt++) {
            widest = endsTls[lbAt] ? Math.max(widest, graph.outEnd(lbAt) - graph.outStart(lbAt)) : widest;
        }
        boolean[] listed = new boolean[graph.size()]; // cleared again after each load balancer
        int[] backends = new int[widest];
        for (int lbAt = 0; lbAt < endsTls.length; lbAt++) {
            if (!endsTls[lbAt]) {
                continue;
            }
            // Its plain-text backends, each once, in the order of its links.
            int count = 0;
            for (int edge = graph.outStart(lbAt); edge < graph.outEnd(lbAt); edge++) {
                Protocol protocol = design.links().get(graph.linkOf(edge)).protocol();
                int backend = graph.target(edge);
                if ((protocol == Protocol.HTTP || protocol == Protocol.TCP) && !listed[backend]) {
                    listed[backend] = true;
                    backends[count++] = backend;
                }
            }
            if (count > 0) {
                report.accept(finding(graph, context, lbAt, backends, count));
            }
            for (int i = 0; i < count; i++) {
                listed[backends[i]] = false;
            }
        }
    }

    /** The finding for one load balancer and its plain-text backends, {@code backends[0 .. count)}. */
    private Finding finding(TrafficGraph graph, AuditContext context, int lbAt, int[] backends, int count) {
        String[] ids = new String[count + 1];
        ids[0] = graph.component(lbAt).id();
        for (int i = 0; i < count; i++) {
            ids[i + 1] = graph.component(backends[i]).id();
        }
        List<Component> named = new AbstractList<>() {
            @Override
            public Component get(int index) {
                return graph.component(backends[Objects.checkIndex(index, count)]);
            }

            @Override
            public int size() {
                return count;
            }
        };
        return finding(Severity.INFO, "TLS ends at " + context.name(graph.component(lbAt)) + "; it forwards to "
                + context.names(named) + " in plain text, readable by anyone on the internal network.",
                "Re-encrypt to the backends (HTTPS from the load balancer to the web servers), or accept "
                + "it for a trusted private network.", Arrays.asList(ids));
    }
}
