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
        for (HostServices h : bootOrder(hosts)) {
            turns.put(h, pool.submit(() -> step.accept(h)));
        }
    }

    /** Waits for {@code host}'s turn to be done, failing as it failed. */
    void await(HostServices host) {
        Parallel.join(turns.get(host));
    }

    /**
     * Databases first, primaries before replicas: theirs is the longest boot after provisioning (a data
     * folder, the server, replication), and applications connect to them only when asked. Then the hosts
     * that serve users in rounds of one of each role, a load balancer, an application server and a web server
     * before the second of each: users are served (and a floating IP taken, which waits for a load balancer
     * seeing a web server whose application answers) as soon as the first round is up, while later rounds and
     * the rest (monitoring) are still being provisioned.
     */
    static List<HostServices> bootOrder(List<HostServices> hosts) {
        Map<Integer, Integer> seen = new HashMap<>();
        Map<HostServices, Integer> round = new HashMap<>();
        for (HostServices h : hosts) {
            round.put(h, seen.merge(role(h), 1, Integer::sum));
        }
        return hosts.stream().sorted(Comparator.comparingInt((HostServices h) -> stage(role(h)))
                .thenComparingInt(h -> stage(role(h)) == 2 ? round.get(h) : 0)
                .thenComparingInt(Provisioning::role)).toList();
    }

    /** Primaries, replicas, then the rounds of hosts serving users, then the rest. */
    private static int stage(int role) {
        return role <= 1 ? role : role == 5 ? 3 : 2;
    }

    /** Primaries 0, replicas 1, load balancers 2, application servers 3, web servers 4, the rest 5. */
    private static int role(HostServices h) {
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
