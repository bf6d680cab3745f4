package dev.infradesigner.lab;

import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the part of each host's boot that only burns CPU (its cable, its files, its firewall: ufw starts a
 * Python process per rule) a few hosts at a time, in the order the rest of the boot waits on them, while each
 * host's own thread goes on as soon as its turn is done. Nine hosts provisioning at once on two cores all
 * finish late together; in turns, the databases are set up first and start their servers, and the load
 * balancers' health checks and VRRP election run while later hosts are still being provisioned.
 */
final class Provisioning implements AutoCloseable {

    private final ExecutorService pool;
    private final Map<HostServices, Future<?>> turns = new HashMap<>();

    /** Queues {@code step} for every host, in boot order, at most as many at once as the machine has cores. */
    Provisioning(List<HostServices> hosts, Consumer<HostServices> step) {
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        for (HostServices h : hosts.stream().sorted(Comparator.comparingInt(Provisioning::order)).toList()) {
            turns.put(h, pool.submit(() -> step.accept(h)));
        }
    }

    /** Waits for {@code host}'s turn to be done, failing as it failed. */
    void await(HostServices host) {
        Parallel.join(turns.get(host));
    }

    /**
     * Primaries first (replicas and applications wait for them), then replicas, load balancers (their checks
     * and election take seconds of waiting), application servers (a JVM to start), web servers, the rest.
     */
    static int order(HostServices h) {
        if (h.databaseRole().orElse(null) == DatabaseRole.PRIMARY) {
            return 0;
        }
        if (h.host().hosts(ComponentKind.DATABASE)) {
            return 1;
        }
        if (h.host().hosts(ComponentKind.LOAD_BALANCER)) {
            return 2;
        }
        if (h.host().hosts(ComponentKind.APP_SERVER)) {
            return 3;
        }
        if (h.host().hosts(ComponentKind.WEB_SERVER)) {
            return 4;
        }
        return 5;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
