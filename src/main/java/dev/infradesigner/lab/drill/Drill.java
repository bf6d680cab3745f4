package dev.infradesigner.lab.drill;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.TrafficGraph;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.Wiring;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.LoadBalancerSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fails each failure domain of a running lab in turn under the users' load, restores it, and compares what
 * the users saw with what the audit predicted for that domain. A domain the audit calls safe may lose only
 * the requests in flight when it failed, and nothing sent after the health checks react; one whose loss
 * cuts users off must serve nobody; one that only loses the writable database must lose writes and keep
 * reads.
 */
public final class Drill {

    /**
     * How hard and how long.
     *
     * @param rate       requests per second
     * @param writes     the share of them that write
     * @param holdMs     how long each failure lasts
     * @param reactionMs how long health checks (and a floating IP) may take to route around a failure
     * @param settleMs   how long the design may take to be whole again, before and after each failure
     * @param deviceHoldMs     how long a network device's failure lasts
     * @param deviceReactionMs how long the network may take to route around a failed device: the lab's
     *                         bridges run classic STP, which opens another path in up to max age plus twice
     *                         the forward delay (6 + 2 x 2 s), and the health checks then react
     */
    public record Settings(double rate, double writes, long holdMs, long reactionMs, long settleMs,
            long deviceHoldMs, long deviceReactionMs) {

        public static final Settings DEFAULT = new Settings(20, 0.25, 10_000, 5_000, 60_000, 20_000, 12_000);

        /** How long {@code drill} lasts. */
        long holdFor(DrillCase drill) {
            return drill.device() ? deviceHoldMs : holdMs;
        }

        /** How long after {@code drill} begins every request must go as the audit says. */
        long reactionFor(DrillCase drill) {
            return drill.device() ? deviceReactionMs : reactionMs;
        }
    }

    private final Lab lab;
    private final LoadSession load;
    private final Settings settings;
    private final List<Finding> audit;
    private final List<String> floatingIps;
    private final Set<String> appServers;
    private final List<Event> events = new ArrayList<>();

    /** A moment of a drill: when a failure began or was restored, for the request log. */
    public record Event(long at, String what, String target, String failure) {
    }

    public Drill(Lab lab, LoadSession load, Settings settings) {
        this.lab = lab;
        this.load = load;
        this.settings = settings;
        this.audit = new Auditor().audit(lab.plan().design());
        Set<String> vips = new LinkedHashSet<>();
        lab.plan().design().componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .map(lb -> lb.settings(LoadBalancerSettings.class).floatingIp()).filter(v -> v != null)
                .forEach(vips::add);
        this.floatingIps = List.copyOf(vips);
        this.appServers = servingApplications(lab.plan());
    }

    /** The host names of the application servers users reach: each answers users when the design is whole. */
    static Set<String> servingApplications(LabPlan plan) {
        TrafficGraph graph = new TrafficGraph(plan.design());
        Set<String> out = new java.util.TreeSet<>();
        for (int v = 0; v < graph.size(); v++) {
            Component c = graph.component(v);
            if (c.kind() == ComponentKind.APP_SERVER && graph.reached(v)) {
                plan.hostOf(c.id()).ifPresent(h -> out.add(h.hostname()));
            }
        }
        return out;
    }

    /**
     * Every case for the plan: each server killed, then frozen; then each floating IP's HAProxy; then each
     * network device down. With {@code only}, just those servers (and the floating IPs' HAProxy when a load
     * balancer's server is named) and devices (by label or id).
     */
    public static List<DrillCase> cases(LabPlan plan, List<String> only) {
        List<DrillCase> out = new ArrayList<>();
        for (LabHost host : plan.hosts()) {
            if (!only.isEmpty() && !only.contains(host.hostname())) {
                continue;
            }
            out.add(DrillCase.domain(host.hostname(), DrillCase.Mode.KILLED));
            out.add(DrillCase.domain(host.hostname(), DrillCase.Mode.FROZEN));
        }
        Set<String> vips = new LinkedHashSet<>();
        plan.hosts().stream().filter(h -> only.isEmpty() || only.contains(h.hostname()))
                .flatMap(h -> h.hostedOf(ComponentKind.LOAD_BALANCER).stream())
                .map(lb -> lb.settings(LoadBalancerSettings.class).floatingIp()).filter(v -> v != null)
                .forEach(vips::add);
        for (String vip : vips) {
            out.add(DrillCase.haproxyOfHolder(vip, DrillCase.Mode.KILLED));
            out.add(DrillCase.haproxyOfHolder(vip, DrillCase.Mode.FROZEN));
        }
        for (Wiring.Bridge b : plan.wiring().bridges()) {
            if (b.deviceId() != null && (only.isEmpty() || only.contains(b.label()) || only.contains(b.deviceId()))) {
                out.add(DrillCase.device(b.deviceId()));
            }
        }
        return out;
    }

    /** Waits until the design is whole before the first case; the time it took, or -1. */
    public long awaitWhole() {
        long start = System.currentTimeMillis();
        OptionalLong whole = Whole.await(lab, load, settings.rate(), floatingIps, appServers, settings.settleMs());
        return whole.isPresent() ? whole.getAsLong() - start : -1;
    }

    public CaseResult run(DrillCase drill, Consumer<String> progress) {
        LabHost target = drill.device() ? null : target(drill);
        List<String> failedIds = new ArrayList<>();
        if (drill.device()) {
            failedIds.add(drill.deviceId());
        } else if (drill.serviceOnly()) {
            target.hostedOf(ComponentKind.LOAD_BALANCER).forEach(lb -> failedIds.add(lb.id()));
        } else {
            failedIds.add(target.server().id());
        }
        String name = drill.device() ? lab.plan().wiring().bridgeOf(drill.deviceId()).orElseThrow().label()
                : target.hostname();
        Prediction prediction = Prediction.of(lab.plan().design(), audit, failedIds);
        progress.accept((drill.serviceOnly() ? "HAProxy on " : "") + name + " " + drill.words()
                + " (audit: " + prediction.describe() + ")");
        OptionalLong before = Whole.await(lab, load, settings.rate(), floatingIps, appServers, settings.settleMs());
        String holderBefore = holders();
        long failedAt = System.currentTimeMillis();
        inflict(drill, target);
        events.add(new Event(failedAt, "failed", name, what(drill)));
        long vipMoved = -1;
        long until = failedAt + settings.holdFor(drill);
        while (System.currentTimeMillis() < until) {
            if (vipMoved < 0 && !holderBefore.isEmpty() && !holders().equals(holderBefore)
                    && !holders().contains("none")) {
                vipMoved = System.currentTimeMillis() - failedAt;
            }
            Whole.sleep(100);
        }
        long restoredAt = System.currentTimeMillis();
        restore(drill, target);
        events.add(new Event(restoredAt, "restored", name, what(drill)));
        OptionalLong whole = Whole.await(lab, load, settings.rate(), floatingIps, appServers, settings.settleMs());
        long wholeAt = whole.orElse(System.currentTimeMillis());
        // Requests still due when the design is whole again are waited for, so none is left out.
        Whole.sleep(DUE_AFTER_MS);
        return new CaseJudge(settings).judge(load.all(), drill, name, prediction,
                new CaseJudge.Times(failedAt, restoredAt, wholeAt, before.isPresent(), whole.isPresent(),
                        target != null && holderBefore.contains("=" + target.hostname() + " "), vipMoved));
    }

    private static final long DUE_AFTER_MS = 2000;

    private LabHost target(DrillCase drill) {
        if (!drill.serviceOnly()) {
            return lab.plan().hosts().stream().filter(h -> h.hostname().equals(drill.hostname())).findFirst()
                    .orElseThrow();
        }
        Optional<LabHost> holder = lab.holderOf(drill.floatingIp());
        return holder.orElseGet(() -> lab.plan().hosts().stream().filter(h -> h.hostedOf(ComponentKind.LOAD_BALANCER)
                .stream().map(Component::settings).anyMatch(s -> drill.floatingIp().equals(((LoadBalancerSettings) s)
                .floatingIp()))).findFirst().orElseThrow());
    }

    private void inflict(DrillCase drill, LabHost target) {
        if (drill.device()) {
            lab.failDevice(drill.deviceId(), false);
        } else if (drill.serviceOnly()) {
            if (drill.mode() == DrillCase.Mode.KILLED) {
                lab.killService(target, "haproxy");
            } else {
                lab.freezeService(target, "haproxy");
            }
        } else if (drill.mode() == DrillCase.Mode.KILLED) {
            lab.kill(target);
        } else {
            lab.freeze(target);
        }
    }

    private void restore(DrillCase drill, LabHost target) {
        if (drill.device()) {
            lab.failDevice(drill.deviceId(), true);
        } else if (drill.serviceOnly()) {
            if (drill.mode() == DrillCase.Mode.KILLED) {
                lab.restartHaproxy(target);
            } else {
                lab.thawService(target, "haproxy");
            }
        } else if (drill.mode() == DrillCase.Mode.KILLED) {
            lab.revive(target);
        } else {
            lab.thaw(target);
        }
    }

    /** Who holds each floating IP now, as one string to compare. */
    private String holders() {
        StringBuilder out = new StringBuilder();
        for (String vip : floatingIps) {
            out.append(vip).append('=').append(lab.holderOf(vip).map(LabHost::hostname).orElse("none")).append(' ');
        }
        return out.toString();
    }

    /** The failures and restorations so far, in order. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    private static String what(DrillCase drill) {
        return drill.failure() + " " + drill.words();
    }

    public List<String> floatingIps() {
        return floatingIps;
    }
}
