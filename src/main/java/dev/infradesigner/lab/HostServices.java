package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.lab.programs.StandInApp;
import dev.infradesigner.model.Access;
import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringAgentSettings;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Starts what a host runs, each daemon from its stock Debian location with the exported files in place,
 * and waits until it answers. The lab calls these in the order a data centre boots: firewalls, databases,
 * applications, web servers, load balancers and monitoring; after a host is killed, {@link #startAll()}
 * brings it back the same way.
 */
final class HostServices {

    static final String HAPROXY = "haproxy";
    static final String KEEPALIVED = "keepalived";
    private static final Duration START = Duration.ofSeconds(40);

    private final LabPlan plan;
    private final LabHost host;
    private final HostFs fs;
    private final HostProcesses processes;
    private final LabAccounts accounts;

    HostServices(LabPlan plan, LabHost host, HostFs fs, HostProcesses processes, LabAccounts accounts) {
        this.plan = plan;
        this.host = host;
        this.fs = fs;
        this.processes = processes;
        this.accounts = accounts;
    }

    LabHost host() {
        return host;
    }

    HostProcesses processes() {
        return processes;
    }

    /** Runs the exported host firewall script, as root on the host. */
    void applyFirewall() {
        host.firewallScript().ifPresent(script -> {
            ProcessRunner.Result r = Exec.run(Duration.ofSeconds(120), fs.command(List.of("sh", "-s")), script.content());
            if (!r.ok()) {
                throw new LabException(script.path() + " failed on " + host.hostname() + " (exit " + r.exitCode()
                        + "):\n" + Exec.tail(r.output(), 15));
            }
        });
    }

    /** Makes each hosted database's data folder, as {@code mariadb-install-db} does on a new server. */
    void initDatabases() {
        if (host.hosts(ComponentKind.DATABASE)) {
            ProcessRunner.Result r = Exec.run(Duration.ofSeconds(120), fs.command(List.of("mariadb-install-db", "--user=mysql",
                    "--datadir=/var/lib/mysql", "--skip-test-db", "--auth-root-authentication-method=socket")));
            if (!r.ok()) {
                throw new LabException("mariadb-install-db failed on " + host.hostname() + ":\n"
                        + Exec.tail(r.output(), 15));
            }
        }
    }

    void startDatabases() {
        if (host.hosts(ComponentKind.DATABASE)) {
            processes.start("mariadb", fs.command(List.of("mariadbd", "--user=mysql")), Map.of());
        }
    }

    void awaitDatabases() {
        if (host.hosts(ComponentKind.DATABASE)) {
            // Listening first (one cheap look), then answering: a ping is a process in the host's own folders.
            for (Component db : host.hostedOf(ComponentKind.DATABASE)) {
                awaitListening("mariadb", db.settings(DatabaseSettings.class).port());
            }
            await("mariadb", () -> Exec.run(Duration.ofSeconds(5), fs.command(List.of("mariadb-admin",
                    "--connect-timeout=2", "ping"))).ok());
        }
    }

    /** Runs SQL as the database's root over its socket, as an administrator on the server does. */
    String sql(String statements) {
        return sql(statements, List.of("--batch", "--skip-column-names"));
    }

    private String sql(String statements, List<String> options) {
        List<String> command = new ArrayList<>(List.of("mariadb"));
        command.addAll(options);
        ProcessRunner.Result r = Exec.run(Duration.ofSeconds(60), fs.command(command), statements);
        if (!r.ok()) {
            throw new LabException("on " + host.hostname() + ", MariaDB refused:\n" + Exec.tail(r.output(), 10)
                    + "\nwhile running:\n" + Exec.tail(statements, 10));
        }
        return r.output();
    }

    /** Runs an exported SQL file as it is. */
    void run(ExportedFile file) {
        try {
            sql(file.content());
        } catch (LabException e) {
            throw new LabException(file.path() + ": " + e.getMessage(), e);
        }
    }

    /** The primary's application database and the lab's table of writes, after the exported accounts. */
    void createLabTable(String database) {
        sql("CREATE TABLE IF NOT EXISTS `" + database + "`." + StandInApp.TABLE + " ("
                + "id BIGINT AUTO_INCREMENT PRIMARY KEY, idem_key VARCHAR(64) NOT NULL UNIQUE, "
                + "served_by VARCHAR(64), created TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3));\n");
    }

    /** The hosted database's role, if it hosts one. */
    Optional<DatabaseRole> databaseRole() {
        return host.hostedOf(ComponentKind.DATABASE).stream().findFirst()
                .map(db -> db.settings(DatabaseSettings.class).role());
    }

    /** Waits until the replica's threads run, or fails with MariaDB's own error. */
    void awaitReplication() {
        String[] last = {""};
        await("replication", () -> {
            last[0] = sql("SHOW SLAVE STATUS\\G", List.of());
            boolean running = last[0].contains("Slave_IO_Running: Yes") && last[0].contains("Slave_SQL_Running: Yes");
            if (!running) {
                HostProcesses.sleep(150);
            }
            return running;
        }, Duration.ofSeconds(30), () -> Exec.tail(last[0], 40));
    }

    /** Starts a stand-in for each hosted application server, logging in with the export's own account. */
    void startApps() {
        Design design = plan.design();
        for (Component app : host.hostedOf(ComponentKind.APP_SERVER)) {
            List<String> reads = new ArrayList<>();
            List<String> writes = new ArrayList<>();
            for (Link l : design.linksFrom(app.id())) {
                Component db = design.component(l.to()).orElseThrow();
                if (l.protocol() != Protocol.MYSQL || db.kind() != ComponentKind.DATABASE) {
                    continue;
                }
                String address = design.hostOf(db).orElseThrow().settings(ServerSettings.class).ipAddress() + ":"
                        + l.port();
                (l.access() == Access.READ ? reads : writes).add(address);
            }
            Set<String> listen = new LinkedHashSet<>();
            listen.add(host.address() + ":" + app.settings(AppServerSettings.class).port());
            design.linksTo(app.id()).forEach(l -> listen.add(host.address() + ":" + l.port()));
            List<String> args = new ArrayList<>(List.of("--name", host.hostname(), "--listen", String.join(",", listen)));
            Map<String, String> environment = Map.of();
            if (!reads.isEmpty() || !writes.isEmpty()) {
                DatabaseAccount account = accounts.forAddress(host.address()).orElseThrow(() -> new LabException(
                        "the export creates no database account for application server \"" + app.label() + "\" ("
                        + host.address() + "): the lab logs in with the accounts the export creates"));
                args.addAll(List.of("--read", String.join(",", reads), "--write", String.join(",", writes),
                        "--user", account.user(), "--database", accounts.database()));
                environment = Map.of("LAB_DB_PASSWORD", account.password());
            }
            // The stand-in is not a daemon of the design: it runs without the host's private folders, so it
            // finds its own Java and class path wherever this program is installed.
            List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", host.namespace()));
            command.addAll(JavaCommand.of(StandInApp.class, "64m", args));
            processes.start(appName(app), command, environment);
        }
    }

    void awaitApps() {
        for (Component app : host.hostedOf(ComponentKind.APP_SERVER)) {
            awaitListening(appName(app), app.settings(AppServerSettings.class).port());
        }
    }

    void startWeb() {
        if (host.hosts(ComponentKind.WEB_SERVER)) {
            processes.start("nginx", fs.command(List.of("nginx", "-g", "daemon off;")), Map.of());
        }
    }

    void awaitWeb() {
        for (Component web : host.hostedOf(ComponentKind.WEB_SERVER)) {
            for (Listener l : web.settings(WebServerSettings.class).listeners()) {
                awaitListening("nginx", l.port());
            }
        }
    }

    void startBalancer() {
        startHaproxy();
        if (host.installed("/etc/keepalived/keepalived.conf").isPresent()) {
            processes.start(KEEPALIVED, fs.command(List.of("keepalived", "--dont-fork", "--log-console",
                    "--log-detail", "-f", "/etc/keepalived/keepalived.conf")), Map.of());
        }
    }

    /** HAProxy alone (after only it was killed, keepalived still running). */
    void startHaproxy() {
        if (host.hosts(ComponentKind.LOAD_BALANCER)) {
            processes.start(HAPROXY, fs.command(List.of("haproxy", "-W", "-db", "-f", "/etc/haproxy/haproxy.cfg")),
                    Map.of());
        }
    }

    void awaitBalancer() {
        for (Component lb : host.hostedOf(ComponentKind.LOAD_BALANCER)) {
            for (Listener l : lb.settings(LoadBalancerSettings.class).listeners()) {
                awaitListening(HAPROXY, l.port());
            }
        }
    }

    void startMonitoring() {
        for (Component service : host.hostedOf(ComponentKind.MONITORING_SERVICE)) {
            if (host.installed("/etc/prometheus/prometheus.yml").isPresent()) {
                int port = service.settings(MonitoringServiceSettings.class).port();
                processes.start("prometheus", fs.command(List.of("runuser", "-u", "prometheus", "--", "prometheus",
                        "--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/var/lib/prometheus/metrics2",
                        "--web.listen-address=" + host.address() + ":" + port)), Map.of());
            }
        }
        for (Component agent : nodeExporters()) {
            int port = agent.settings(MonitoringAgentSettings.class).port();
            processes.start("node-exporter-" + port, fs.command(List.of("runuser", "-u", "prometheus", "--",
                    "prometheus-node-exporter", "--web.listen-address=:" + port)), Map.of());
        }
    }

    void awaitMonitoring() {
        for (Component service : host.hostedOf(ComponentKind.MONITORING_SERVICE)) {
            if (processes.process("prometheus").isPresent()) {
                awaitListening("prometheus", service.settings(MonitoringServiceSettings.class).port());
            }
        }
        for (Component agent : nodeExporters()) {
            int port = agent.settings(MonitoringAgentSettings.class).port();
            awaitListening("node-exporter-" + port, port);
        }
    }

    /** The agents the lab runs: node exporters that report to a Prometheus. */
    List<Component> nodeExporters() {
        Design design = plan.design();
        return host.hostedOf(ComponentKind.MONITORING_AGENT).stream()
                .filter(a -> a.settings(MonitoringAgentSettings.class).agent().toLowerCase().contains("node"))
                .filter(a -> design.linksFrom(a.id()).stream().anyMatch(l -> design.component(l.to())
                        .filter(s -> s.kind() == ComponentKind.MONITORING_SERVICE).map(s -> s.settings(
                                MonitoringServiceSettings.class).product().key().equals("prometheus")).orElse(false)))
                .toList();
    }

    /** Brings a host back after it was killed: everything it runs, in boot order (its data is kept). */
    void startAll() {
        applyFirewall();
        startDatabases();
        awaitDatabases();
        startApps();
        awaitApps();
        startWeb();
        awaitWeb();
        startBalancer();
        awaitBalancer();
        startMonitoring();
        awaitMonitoring();
    }

    private static String appName(Component app) {
        return "app-" + app.id();
    }

    /** Waits until something listens on {@code port} of this host, failing with {@code service}'s log. */
    void awaitListening(String service, int port) {
        await(service, () -> Listening.on(host.namespace(), host.address(), port));
    }

    private void await(String service, BooleanSupplier ready) {
        await(service, ready, START, () -> processes.logTail(service));
    }

    private void await(String service, BooleanSupplier ready, Duration timeout,
            java.util.function.Supplier<String> why) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (processes.process(service).isPresent() && !processes.alive(service)) {
                throw new LabException(service + " on " + host.hostname() + " stopped:\n" + why.get());
            }
            if (System.nanoTime() > deadline) {
                throw new LabException(service + " on " + host.hostname() + " did not come up within "
                        + timeout.toSeconds() + " s:\n" + why.get());
            }
            HostProcesses.sleep(100);
        }
    }
}
