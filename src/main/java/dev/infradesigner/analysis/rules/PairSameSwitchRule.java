package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code network.pair-same-switch}: the two servers of a load-balancer pair (load balancers sharing a
 * floating IP) hang off one switch and no other device. The pair survives a server's loss but not that
 * switch's, and VRRP between them runs over it too.
 */
public final class PairSameSwitchRule implements AuditRule {

    @Override
    public String id() {
        return "network.pair-same-switch";
    }

    @Override
    public String title() {
        return "Load-balancer pair on one switch";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Design design = context.design();
        Map<String, List<Component>> byFloatingIp = new LinkedHashMap<>();
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            String vip = lb.settings(LoadBalancerSettings.class).floatingIp();
            if (vip != null && lb.hostId() != null) {
                byFloatingIp.computeIfAbsent(vip, k -> new ArrayList<>()).add(lb);
            }
        }
        for (List<Component> pair : byFloatingIp.values()) {
            Set<String> shared = null;
            Set<String> servers = new TreeSet<>();
            for (Component lb : pair) {
                servers.add(lb.hostId());
                Set<String> devices = new TreeSet<>(dev.infradesigner.model.Cables.devicesOf(design, lb.hostId()));
                shared = shared == null ? devices : shared.equals(devices) ? shared : Set.of();
            }
            if (servers.size() < 2 || shared.size() != 1) {
                continue;
            }
            Component device = design.component(shared.iterator().next()).orElseThrow();
            if (device.kind() != ComponentKind.SWITCH) {
                continue;
            }
            List<String> ids = new ArrayList<>(List.of(device.id()));
            pair.forEach(lb -> ids.add(lb.id()));
            report.accept(finding(Severity.WARNING, "The load-balancer pair " + context.names(pair)
                    + " hangs off one switch, " + AuditContext.quote(device) + ": the pair survives a server's "
                    + "loss, not that switch's.", "Attach the pair's servers to two switches (each to both, or "
                    + "one to each with the switches joined), so the pair and its VRRP survive a switch's loss.", ids));
        }
    }
}
