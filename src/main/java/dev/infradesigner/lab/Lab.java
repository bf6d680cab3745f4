package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A design running as real hosts on this machine: each server a network namespace with its own address,
 * its daemons started from the exported files as they are, users in a namespace of their own outside.
 * Linux and root only. Closing it stops everything and removes every namespace, interface and folder it
 * made, unless it was told to keep running.
 */
public final class Lab implements AutoCloseable {

    private final LabPlan plan;
    private final LabCa ca;
    private final LabLock lock;
    private final LabCabling cabling;
    private final Map<String, HostServices> hosts = new LinkedHashMap<>();
    private final Map<String, HostFs> files = new LinkedHashMap<>();
    private LabAccounts accounts;
    private Duration bootTime = Duration.ZERO;
    private boolean keep;
    private boolean closed;
    private final Thread onExit = new Thread(this::teardownQuietly, "lab-teardown");

    private Lab(LabPlan plan, LabLock lock) {
        this.plan = plan;
        this.lock = lock;
        this.ca = new LabCa(HostFs.HOSTS_ROOT.resolve("ca"));
        this.cabling = new LabCabling(plan);
    }

    /**
     * Boots {@code plan}: cleans what an earlier run left, then brings every host up in the order a data
     * centre starts, telling {@code progress} each step.
     *
     * @throws LabException when this machine cannot run a lab, or a daemon refuses an exported file
     */
    public static Lab boot(LabPlan plan, Consumer<String> progress) {
        Requirements.check(plan);
        LabLock lock = LabLock.acquire();
        Optional<String> kept = LabLock.kept();
        if (kept.isPresent() && !Network.ours().isEmpty()) {
            lock.close();
            throw new LabException("a lab kept with --keep is up (" + kept.get() + "): run `infra-designer lab down` "
                    + "first");
        }
        LabLock.clearKept();
        Lab lab = new Lab(plan, lock);
        Runtime.getRuntime().addShutdownHook(lab.onExit);
        long start = System.nanoTime();
        try {
            Leftovers.Removed removed = Leftovers.clean();
            if (removed.any()) {
                progress.accept("cleaned what an earlier run left: " + removed.namespaces() + " namespaces, "
                        + removed.processes() + " processes");
            }
            lab.bootAll(progress);
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
        lab.bootTime = Duration.ofNanos(System.nanoTime() - start);
        return lab;
    }

    private void bootAll(Consumer<String> given) {
        long[] last = {System.nanoTime()};
        String[] step = {null};
        Consumer<String> progress = next -> {
            long now = System.nanoTime();
            if (step[0] != null) {
                given.accept(String.format("%s (%.1f s)", step[0], (now - last[0]) / 1e9));
            }
            step[0] = next;
            last[0] = now;
        };
        List<ExportedFile> sqlFiles = new ArrayList<>();
        plan.hosts().forEach(h -> sqlFiles.addAll(h.sql()));
        accounts = new LabAccounts(DatabaseAccount.createdBy(sqlFiles),
                DatabaseAccount.databaseCreatedBy(sqlFiles).orElse(null));
        Wiring wiring = plan.wiring();
        progress.accept("network and files: " + plan.hosts().size() + " hosts and the users, "
                + (wiring.spanningTree() ? wiring.bridges().size() - 1 + " network devices as bridges (STP)"
                : "on one bridge"));
        ca.create();
        cabling.lay();
        if (wiring.spanningTree()) {
            progress.accept("spanning tree settling (a port listens and learns for 4 s before it forwards)");
            cabling.awaitSettled(plan.hosts());
        }
        HostFs users = new HostFs(Topology.USERS_NAMESPACE);
        users.prepare();
        users.writeEtc("hosts", HostSetup.hostsFile(plan));
        files.put(Topology.USERS_NAMESPACE, users);
        for (LabHost host : plan.hosts()) {
            HostFs fs = new HostFs(host.namespace());
            files.put(host.server().id(), fs);
            hosts.put(host.server().id(), new HostServices(plan, host, fs, new HostProcesses(fs), accounts));
        }
        List<HostServices> all = new ArrayList<>(hosts.values());
        List<HostServices> databases = all.stream().filter(h -> h.host().hosts(ComponentKind.DATABASE)).toList();
        checkDatabaseAccounts(databases);
        progress.accept("hosts: network, files, firewalls (the exported ufw.sh on " + all.stream()
                .filter(h -> h.host().firewallScript().isPresent()).count() + "), " + databases.size()
                + " databases with their accounts and replication, every other daemon started");
        // Machines boot side by side, each on its own: its cable and files, its firewall, then its daemons,
        // which wait for nothing (HAProxy and Nginx start with their backends down, an application connects
        // to its database when asked), as in a data centre powered on at once.
        java.util.concurrent.CountDownLatch primaries = new java.util.concurrent.CountDownLatch((int) databases.stream()
                .filter(h -> h.databaseRole().orElse(null) == DatabaseRole.PRIMARY).count());
        // Each host's address, files and firewall take its turn in Provisioning (CPU-bound, a few at a time);
        // then the host starts its own daemons while later hosts are still being provisioned.
        try (Provisioning provisioning = new Provisioning(all, h -> {
            Network.address(h.host().namespace(), h.host().address());
            new HostSetup(plan, h.host(), files.get(h.host().server().id()), ca).prepare();
            h.applyFirewall();
        })) {
            Parallel.each(all, h -> {
                provisioning.await(h);
                if (h.host().hosts(ComponentKind.DATABASE)) {
                    bootDatabase(h, primaries);
                }
                h.startApps();
                h.startWeb();
                h.startBalancer();
                h.startMonitoring();
            });
        }
        progress.accept("every daemon answering");
        Parallel.each(all, h -> {
            h.awaitApps();
            h.awaitWeb();
            h.awaitBalancer();
            h.awaitMonitoring();
        });
        progress.accept("floating IPs");
        awaitFloatingIps();
        progress.accept(null);
    }

    /** Waits until keepalived has put each floating IP on one of its load balancers. */
    private void awaitFloatingIps() {
        List<String> vips = plan.design().componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .map(lb -> lb.settings(dev.infradesigner.model.LoadBalancerSettings.class).floatingIp())
                .filter(v -> v != null).distinct().toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (String vip : vips) {
            while (holderOf(vip).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    String logs = plan.hosts().stream().filter(h -> services(h).processes().process(
                            HostServices.KEEPALIVED).isPresent()).map(h -> h.hostname() + ":\n"
                            + services(h).processes().logTail(HostServices.KEEPALIVED)).reduce("", String::concat);
                    throw new LabException("no load balancer took the floating IP " + vip + " within 20 s:\n" + logs);
                }
                HostProcesses.sleep(100);
            }
        }
    }

    private void checkDatabaseAccounts(List<HostServices> databases) {
        boolean linked = plan.design().links().stream().anyMatch(l -> l.protocol()
                == dev.infradesigner.model.Protocol.MYSQL);
        if (!databases.isEmpty() && linked && accounts.database() == null) {
            throw new LabException("the exported SQL creates no application database: the stand-in applications "
                    + "need one to read and write");
        }
    }

    /**
     * A database server's own boot: its data folder, the server, then on a primary the exported accounts and
     * the lab's table; a replica runs its exported replication file once the primaries have their accounts.
     */
    private void bootDatabase(HostServices h, java.util.concurrent.CountDownLatch primaries) {
        h.initDatabases();
        h.startDatabases();
        h.awaitDatabases();
        if (h.databaseRole().orElse(null) == DatabaseRole.PRIMARY) {
            h.host().sql().stream().filter(f -> !f.path().endsWith("-start-replication.sql")).forEach(h::run);
            if (accounts.database() != null) {
                h.createLabTable(accounts.database());
            }
            primaries.countDown();
            return;
        }
        try {
            if (!primaries.await(90, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new LabException("the primaries did not come up within 90 s, so " + h.host().hostname()
                        + " cannot start replicating");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
        h.host().sql().stream().filter(f -> f.path().endsWith("-start-replication.sql")).forEach(h::run);
        h.awaitReplication();
    }

    public LabPlan plan() {
        return plan;
    }

    public Duration bootTime() {
        return bootTime;
    }

    /** The authority every certificate in the lab comes from; the users trust it. */
    public Path authority() {
        return ca.certificate();
    }

    /** The accounts the export creates, as the lab read them from the exported SQL. */
    public LabAccounts accounts() {
        return accounts;
    }

    /** The command that runs one of the lab's programs in its own JVM (the users' load, probes). */
    public List<String> javaCommand(Class<?> main, String heap, List<String> args) {
        return JavaCommand.of(main, heap, args);
    }

    /** Runs {@code command} in {@code namespace} (not in a host's private folders), bounded in time. */
    public ProcessRunner.Result inNamespace(String namespace, List<String> command, Duration timeout) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(command);
        return Exec.run(timeout, full);
    }

    /** Runs SQL as root on the database a host runs. */
    public String sql(LabHost host, String statements) {
        return services(host).sql(statements);
    }

    /** Tries TCP connections from {@code namespace}: each {@code address:port} and open, refused or filtered. */
    public Map<String, String> probe(String namespace, List<String> targets) {
        Map<String, String> out = new LinkedHashMap<>();
        if (targets.isEmpty()) {
            return out;
        }
        ProcessRunner.Result r = inNamespace(namespace, javaCommand(dev.infradesigner.lab.programs.PortProbe.class, "32m",
                List.of("--timeout", "1500", "--targets", String.join(",", targets))), Duration.ofSeconds(60));
        for (String line : r.output().split("\n")) {
            String[] words = line.strip().split(" ");
            if (words.length == 2 && targets.contains(words[0])) {
                out.put(words[0], words[1]);
            }
        }
        if (out.size() != targets.size()) {
            throw new LabException("the port probe in " + namespace + " failed:\n" + Exec.tail(r.output(), 10));
        }
        return out;
    }

    /** The TCP ports something listens on in a host, on its address or on every address. */
    public java.util.Set<Integer> listeningPorts(LabHost host) {
        return Listening.ports(host.namespace(), host.address());
    }

    HostServices services(LabHost host) {
        return hosts.get(host.server().id());
    }

    HostFs files(LabHost host) {
        return files.get(host.server().id());
    }

    /** Fails a host the way a machine dies: its cables pulled and every process killed. */
    public void kill(LabHost host) {
        cabling.host(host, false);
        services(host).processes().killAll();
    }

    /**
     * Fails a network device the way one loses power: every cable into it goes dark, so what is cabled to
     * it sees its link down; {@code restore} brings it back.
     */
    public void failDevice(String deviceId, boolean restore) {
        cabling.device(deviceId, restore);
    }

    /** Freezes everything on a host (SIGSTOP): connections open, nothing answers. */
    public void freeze(LabHost host) {
        services(host).processes().signalAll("STOP");
    }

    public void thaw(LabHost host) {
        services(host).processes().signalAll("CONT");
    }

    /** Brings a killed host back as a reboot would: empty {@code /run}, no floating IP, then its daemons. */
    public void revive(LabHost host) {
        new HostSetup(plan, host, files(host), ca).rebootRun();
        Network.resetAddress(host.namespace(), host.address());
        cabling.host(host, true);
        // A machine's daemons start once its links forward, as they would after a real boot's seconds.
        cabling.awaitSettled(List.of(host));
        services(host).startAll();
    }

    /** Kills one daemon of a host ({@link HostServices#HAPROXY}, ...), leaving the rest running. */
    public void killService(LabHost host, String service) {
        services(host).processes().kill(service);
    }

    public void freezeService(LabHost host, String service) {
        services(host).processes().signal(service, "STOP");
    }

    public void thawService(LabHost host, String service) {
        services(host).processes().signal(service, "CONT");
    }

    /** Starts a killed HAProxy again (keepalived kept running). */
    public void restartHaproxy(LabHost host) {
        services(host).processes().kill(HostServices.HAPROXY);
        services(host).startHaproxy();
        services(host).awaitBalancer();
    }

    /** The host holding {@code address} on its interface now (a floating IP moves between hosts). */
    public Optional<LabHost> holderOf(String address) {
        return plan.hosts().stream().filter(h -> Network.addresses(h.namespace()).contains(address)).findFirst();
    }

    /** Each HAProxy's view of its backend servers, by host name. */
    public Map<String, Map<String, String>> backends() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (LabHost host : plan.hosts()) {
            HaproxyStats.socket(host, files(host)).ifPresent(socket -> out.put(host.hostname(),
                    HaproxyStats.servers(socket)));
        }
        return out;
    }

    /** Leaves the lab running when closed, for a person to poke at; {@code lab down} removes it. */
    public void keepRunning() {
        keep = true;
    }

    /** Stops and removes everything (unless kept), and says how long that took. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // Already shutting down: this is the hook.
        }
        try {
            if (keep) {
                LabLock.markKept(plan.design().name());
            } else {
                Leftovers.clean();
            }
        } finally {
            lock.close();
        }
    }

    private void teardownQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("lab: cleanup failed: " + e.getMessage());
        }
    }

    /** Removes a lab left running with {@code --keep} (or by a killed run); says what it removed. */
    public static String down() {
        try (LabLock lock = LabLock.acquire()) {
            Leftovers.Removed removed = Leftovers.clean();
            LabLock.clearKept();
            return removed.any() ? "removed " + removed.namespaces() + " namespaces and stopped "
                    + removed.processes() + " processes" : "no lab was running";
        }
    }
}
