package dev.infradesigner.lab.drill;

import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * From the users' side, every port of every server (and of the floating IP) that the design does not
 * expose to users must be closed: the well-known ports of the stack and whatever listens on the host.
 * Servers the design leaves without a firewall are exposed as drawn: the audit already reports them
 * ({@code firewall.missing}), so they are listed, not failed.
 */
final class ExposureCheck {

    /** Ports worth trying everywhere, listening or not: SSH, web, application, database, metrics. */
    private static final List<Integer> WELL_KNOWN = List.of(22, 80, 443, 3306, 8080, 8404, 9090, 9100);

    private ExposureCheck() {
    }

    static Check run(Lab lab) {
        LabPlan plan = lab.plan();
        Set<String> exposed = EntryPorts.exposed(plan);
        List<String> targets = new ArrayList<>();
        for (LabHost host : plan.hosts()) {
            Set<Integer> ports = new TreeSet<>(WELL_KNOWN);
            ports.addAll(lab.listeningPorts(host));
            ports.forEach(p -> targets.add(host.address() + ":" + p));
        }
        Set<String> floating = new TreeSet<>();
        exposed.forEach(t -> {
            String address = t.substring(0, t.lastIndexOf(':'));
            if (plan.hostAt(address).isEmpty()) {
                floating.add(address);
            }
        });
        for (String vip : floating) {
            Set<Integer> ports = new TreeSet<>(WELL_KNOWN);
            lab.holderOf(vip).ifPresent(h -> ports.addAll(lab.listeningPorts(h)));
            ports.forEach(p -> targets.add(vip + ":" + p));
        }
        Map<String, String> answers = lab.probe(Topology.USERS_NAMESPACE, targets);
        List<String> details = new ArrayList<>();
        int unexpected = 0;
        int asDrawn = 0;
        for (Map.Entry<String, String> a : answers.entrySet()) {
            boolean open = a.getValue().equals("open");
            if (!open || exposed.contains(a.getKey())) {
                continue;
            }
            String address = a.getKey().substring(0, a.getKey().lastIndexOf(':'));
            LabHost host = plan.hostAt(address).orElseGet(() -> lab.holderOf(address).orElse(null));
            if (host != null && host.firewallScript().isEmpty()) {
                asDrawn++;
                details.add("exposed " + a.getKey() + " on " + host.hostname()
                        + " (no firewall in the design: the audit reports firewall.missing)");
            } else {
                unexpected++;
                details.add("FAILED  " + a.getKey() + (host == null ? "" : " on " + host.hostname())
                        + " answers users, though the design does not expose it");
            }
        }
        long closed = answers.values().stream().filter(v -> !v.equals("open")).count();
        String summary = unexpected == 0
                ? "no port outside the design answers users (" + closed + " of " + answers.size() + " tried are closed"
                + (asDrawn > 0 ? "; " + asDrawn + " exposed on servers without a firewall, as the audit says" : "") + ")"
                : unexpected + " ports outside the design answer users";
        return new Check("exposure", unexpected == 0, summary, details);
    }
}
