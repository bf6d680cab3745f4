package dev.infradesigner.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.FreeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fix never creates a finding of its own: every fix on every sample, applied, leaves the audit with no
 * finding that was not there. A finding is the same when its rule and its first component (what it is
 * about) are; a finding about something the fix added counts as there already when the same rule, at the
 * same severity, reported a component of the same kind before: the twin of an unmonitored server is
 * unmonitored like the rest, which is the design's problem, not the fix's. What a fix adds is placed beside
 * what it pairs, and a server it adds is never left without a firewall.
 */
class FixGainsNothingTest {

    private final Auditor auditor = new Auditor();

    private static Design sample(int n) throws Exception {
        return BundledSamples.load(BundledSamples.all().get(n - 1));
    }

    private static String subject(Finding f) {
        return f.ruleId() + " " + (f.componentIds().isEmpty() ? "" : f.componentIds().get(0));
    }

    private static String kindOf(Design d, Finding f) {
        return f.ruleId() + " " + f.severity() + " " + (f.componentIds().isEmpty() ? ""
                : d.component(f.componentIds().get(0)).map(c -> c.kind().key()).orElse(""));
    }

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void noFixGainsAFinding(int n) throws Exception {
        Design design = sample(n);
        List<Finding> before = auditor.audit(design);
        Set<String> subjects = before.stream().map(FixGainsNothingTest::subject).collect(Collectors.toSet());
        Set<String> kinds = before.stream().map(f -> kindOf(design, f)).collect(Collectors.toSet());
        List<String> gained = new ArrayList<>();
        for (Finding finding : before) {
            Optional<Fix> fix = Fixes.forFinding(design, finding);
            if (fix.isEmpty()) {
                continue;
            }
            Design after = fix.get().change().apply(design);
            for (Finding f : auditor.audit(after)) {
                boolean added = !f.componentIds().isEmpty() && !design.contains(f.componentIds().get(0));
                if (!subjects.contains(subject(f)) && !(added && kinds.contains(kindOf(after, f)))) {
                    gained.add("\"" + fix.get().description() + "\" gains " + f.severity() + " " + subject(f) + ": "
                            + f.message());
                }
            }
        }
        assertEquals(List.of(), gained, "sample " + n);
    }

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {1, 2, 3})
    void everyServerAFixAddsHasAFirewallAndLiesBesideWhatItPairs(int n) throws Exception {
        Design design = sample(n);
        int servers = 0;
        for (Finding finding : auditor.audit(design)) {
            Optional<Fix> fix = Fixes.forFinding(design, finding);
            if (fix.isEmpty()) {
                continue;
            }
            Design after = fix.get().change().apply(design);
            for (Component server : after.componentsOf(ComponentKind.SERVER)) {
                if (design.contains(server.id())) {
                    continue;
                }
                servers++;
                assertTrue(after.hostedOn(server.id()).stream().anyMatch(c -> c.kind() == ComponentKind.FIREWALL),
                        fix.get().description() + " adds " + server.label() + " without a firewall");
                for (Component other : after.components()) {
                    assertFalse(other != server && other.hostId() == null && other.bounds().overlaps(server.bounds()),
                            server.label() + " lies on " + other.label());
                }
                double nearest = design.componentsOf(ComponentKind.SERVER).stream()
                        .mapToDouble(s -> distance(s.bounds(), server.bounds())).min().orElseThrow();
                assertTrue(nearest <= 1.5 * FreeSpace.GAP, server.label() + " is " + nearest + " away from any server");
            }
        }
        if (n != 3) {
            assertTrue(servers > 0, "sample " + n + " has a fix that adds a server");
        }
    }

    @Test
    void thePairFixPutsTheTwinBesideItsOriginalWithItsOwnNameAndAddress() throws Exception {
        Design design = sample(3);
        Design after = LoadBalancerPairFix.forBalancer(design, "lb").orElseThrow().change().apply(design);
        Component twin = after.component("server-1-2").orElseThrow();
        Component original = after.component("server-1").orElseThrow();
        assertTrue(distance(original.bounds(), twin.bounds()) <= 1.5 * FreeSpace.GAP, "beside its original");
        assertEquals(List.of(), dev.infradesigner.model.ServerAddresses.of(after));
        assertEquals(Set.of(ComponentKind.LOAD_BALANCER, ComponentKind.FIREWALL, ComponentKind.MONITORING_AGENT),
                after.hostedOn(twin.id()).stream().map(Component::kind).collect(Collectors.toSet()),
                "the twin's server carries the original's firewall and agent");
    }

    /** The gap between two rectangles (0 when they touch or overlap). */
    private static double distance(Bounds a, Bounds b) {
        double dx = Math.max(0, Math.max(a.x() - b.maxX(), b.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - b.maxY(), b.y() - a.maxY()));
        return Math.hypot(dx, dy);
    }
}
