package dev.infradesigner.analysis.fix;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.model.Design;
import java.util.Optional;

/**
 * The findings that a click can fix, and how. Each fix is a pure function of the design, so the editor
 * applies it as one undoable step and the next audit shows the finding gone.
 */
public final class Fixes {

    private Fixes() {
    }

    /** The fix for {@code finding} in {@code design}, when it is mechanical. */
    public static Optional<Fix> forFinding(Design design, Finding finding) {
        if (finding.componentIds().isEmpty()) {
            return Optional.empty();
        }
        String first = finding.componentIds().get(0);
        return switch (finding.ruleId()) {
            case "firewall.missing" -> HostFirewallFix.forServer(design, first);
            case "https.missing" -> HttpsFix.forEntry(design, finding.componentIds());
            case "https.no-redirect" -> HttpsFix.redirect(design, first);
            case "monitoring.missing" -> MonitoringFix.everywhere(design);
            case "replication.no-replica" -> ReplicaFix.forPrimary(design, first);
            case "spof.load-balancer" -> LoadBalancerPairFix.forBalancer(design, first);
            case "spof.network" -> NetworkFix.twin(design, first);
            case "network.single-uplink" -> NetworkFix.secondUplink(design, first);
            case "network.unattached" -> NetworkFix.attach(design, first);
            case "network.pair-same-switch" -> NetworkFix.twin(design, first);
            default -> Optional.empty();
        };
    }
}
