package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.MonitoringProduct;
import dev.infradesigner.model.MonitoringServiceSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the lab runs a design, or why it cannot: every refusal is collected and told at once, before
 * anything is started, so a person fixes the design in one go. Pure: it reads the design and the files the
 * exporters wrote, and touches nothing.
 */
public final class LabPlanner {

    /** The kinds users' requests pass through: each needs a server to run on. */
    private static final Set<ComponentKind> TRAFFIC_KINDS = Set.of(ComponentKind.LOAD_BALANCER,
            ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER, ComponentKind.DATABASE);
    /** The kinds of which one server runs at most one (they share a daemon's one configuration file). */
    private static final Set<ComponentKind> ONE_PER_SERVER = Set.of(ComponentKind.LOAD_BALANCER,
            ComponentKind.WEB_SERVER, ComponentKind.DATABASE, ComponentKind.MONITORING_SERVICE);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ZONE_ADDRESS = Pattern.compile(
            "^(\\S+?)\\.?\\s+(?:\\d+\\s+)?(?:IN\\s+)?A\\s+(\\d{1,3}(?:\\.\\d{1,3}){3})\\s*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private LabPlanner() {
    }

    /**
     * The plan for {@code design}, whose full files the exporters wrote as {@code files}.
     *
     * @throws LabException naming every part of the design the lab cannot run
     */
    public static LabPlan plan(Design design, List<ExportedFile> files) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        checkComponents(design, problems, notes);
        List<Component> servers = design.componentsOf(ComponentKind.SERVER);
        checkServers(servers, problems);
        Map<String, List<ExportedFile>> filesByServer = filesByServer(design, files, problems);
        List<LabHost> hosts = new ArrayList<>();
        int index = 1;
        for (Component server : servers) {
            ServerSettings s = server.settings(ServerSettings.class);
            List<ExportedFile> own = filesByServer.getOrDefault(server.id(), List.of());
            List<ExportedFile> installs = own.stream().filter(f -> f.installPath() != null).toList();
            Set<String> paths = new HashSet<>();
            installs.stream().filter(f -> !paths.add(f.installPath())).forEach(f -> problems.add("two exported files "
                    + "go to " + f.installPath() + " on " + s.hostname() + ": the lab cannot run both"));
            Optional<ExportedFile> firewall = hasFirewall(design, server) ? own.stream()
                    .filter(f -> f.path().endsWith("/ufw.sh")).findFirst() : Optional.empty();
            if (hasFirewall(design, server) && firewall.isEmpty()) {
                problems.add(s.hostname() + " has a firewall in the design, but the export wrote no ufw.sh for it");
            }
            List<ExportedFile> sql = own.stream().filter(f -> f.path().endsWith(".sql")).toList();
            hosts.add(new LabHost(server, s.hostname(), s.ipAddress(), Topology.namespaceOf(s.hostname()), index++,
                    design.hostedOn(server.id()), installs, firewall, sql));
        }
        LabPlan.Entry entry = entry(design, files, problems);
        Set<String> taken = new HashSet<>();
        servers.forEach(server -> taken.add(server.settings(ServerSettings.class).ipAddress()));
        design.componentsOf(ComponentKind.LOAD_BALANCER).stream()
                .map(lb -> lb.settings(LoadBalancerSettings.class).floatingIp()).filter(ip -> ip != null)
                .forEach(taken::add);
        String users = java.util.Arrays.stream(Topology.USERS_ADDRESSES).filter(a -> !taken.contains(a)).findFirst()
                .orElse(null);
        if (users == null) {
            problems.add("the design uses every address the lab keeps for its users ("
                    + String.join(", ", Topology.USERS_ADDRESSES) + ")");
        }
        if (design.components().stream().anyMatch(c -> c.kind().networkDevice())) {
            notes.add("the network devices run as bridges with the spanning-tree protocol, every uplink joined to "
                    + "the internet the users are on: routers forward as switches do (the lab shows which paths "
                    + "exist, not how they are routed), a server cabled to two switches sends from one at a time, "
                    + "and a path around a failed device takes up to 10 s to open");
        }
        if (!problems.isEmpty()) {
            throw new LabException("The lab cannot run \"" + design.name() + "\":\n  - "
                    + String.join("\n  - ", problems));
        }
        return new LabPlan(design, hosts, entry, users, notes, Wiring.of(design, hosts));
    }

    private static void checkComponents(Design design, List<String> problems, List<String> notes) {
        if (design.componentsOf(ComponentKind.USERS).isEmpty()) {
            problems.add("the design has no users: the lab sends their requests");
        }
        for (Component c : design.components()) {
            if (TRAFFIC_KINDS.contains(c.kind()) && !c.hosted()) {
                problems.add(c.kind().displayName().toLowerCase(Locale.ROOT) + " \"" + c.label()
                        + "\" is on no server: host it on one (the lab runs components on their servers)");
            }
            if (c.kind() == ComponentKind.DATABASE) {
                String engine = c.settings(DatabaseSettings.class).engine().toLowerCase(Locale.ROOT);
                if (!engine.startsWith("mariadb")) {
                    problems.add("database \"" + c.label() + "\" says engine " + c.settings(DatabaseSettings.class)
                            .engine() + ": the lab runs MariaDB (Debian has no MySQL 8); set its engine to mariadb");
                }
            }
            if (c.kind() == ComponentKind.MONITORING_SERVICE) {
                MonitoringProduct product = c.settings(MonitoringServiceSettings.class).product();
                if (product != MonitoringProduct.PROMETHEUS) {
                    notes.add("\"" + c.label() + "\" (" + product.key() + ") is a hosted service: the lab has no "
                            + "internet, so it and its agents are not run");
                } else if (!c.hosted()) {
                    notes.add("Prometheus \"" + c.label() + "\" is on no server: not run");
                }
            }
        }
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            for (ComponentKind kind : ONE_PER_SERVER) {
                long count = design.hostedOn(server.id()).stream().filter(c -> c.kind() == kind).count();
                if (count > 1) {
                    problems.add("\"" + server.label() + "\" hosts " + count + " components of kind "
                            + kind.displayName().toLowerCase(Locale.ROOT) + ": they would share one configuration "
                            + "file; the lab runs one per server");
                }
            }
        }
    }

    private static void checkServers(List<Component> servers, List<String> problems) {
        Set<String> hostnames = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (Component server : servers) {
            ServerSettings s = server.settings(ServerSettings.class);
            if (!IPV4.matcher(s.ipAddress()).matches()) {
                problems.add("\"" + server.label() + "\" has the address " + s.ipAddress()
                        + ": the lab runs IPv4 designs only");
            }
            if (!hostnames.add(s.hostname())) {
                problems.add("two servers are called " + s.hostname() + ": give each its own host name");
            }
            if (!addresses.add(s.ipAddress())) {
                problems.add("two servers have the address " + s.ipAddress() + ": give each its own");
            }
            if (s.hostname().length() > 200) {
                problems.add("\"" + server.label() + "\" has a host name too long to name a namespace");
            }
        }
    }

    /** The files of each server: those generated from it or from what it hosts. */
    private static Map<String, List<ExportedFile>> filesByServer(Design design, List<ExportedFile> files,
            List<String> problems) {
        Map<String, List<ExportedFile>> out = new HashMap<>();
        for (ExportedFile file : files) {
            if (file.componentIds().isEmpty()) {
                continue;
            }
            Optional<Component> origin = design.component(file.componentIds().get(0));
            Optional<Component> server = origin.flatMap(c -> c.kind() == ComponentKind.SERVER ? Optional.of(c)
                    : design.hostOf(c));
            server.ifPresent(s -> out.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(file));
        }
        return out;
    }

    /** Whether a firewall is on the server, or in front of something it hosts. */
    static boolean hasFirewall(Design design, Component server) {
        List<Component> hosted = design.hostedOn(server.id());
        if (hosted.stream().anyMatch(c -> c.kind() == ComponentKind.FIREWALL)) {
            return true;
        }
        Set<String> ids = new HashSet<>();
        ids.add(server.id());
        hosted.forEach(c -> ids.add(c.id()));
        return design.links().stream().anyMatch(l -> ids.contains(l.to())
                && design.component(l.from()).map(c -> c.kind() == ComponentKind.FIREWALL && !c.hosted())
                .orElse(false));
    }

    private static LabPlan.Entry entry(Design design, List<ExportedFile> files, List<String> problems) {
        Set<String> userIds = new HashSet<>();
        design.componentsOf(ComponentKind.USERS).forEach(u -> userIds.add(u.id()));
        List<Link> entries = design.links().stream().filter(l -> userIds.contains(l.from())
                && (l.protocol() == Protocol.HTTP || l.protocol() == Protocol.HTTPS)).toList();
        if (entries.isEmpty()) {
            problems.add("users reach nothing over HTTP or HTTPS: link the users to the entry point");
            return new LabPlan.Entry("", "", "http", 80, 0);
        }
        Link link = entries.stream().filter(l -> l.protocol() == Protocol.HTTPS).findFirst().orElse(entries.get(0));
        Component target = design.component(link.to()).orElseThrow();
        String scheme = link.protocol() == Protocol.HTTPS ? "https" : "http";
        Optional<Component> dns = design.componentsOf(ComponentKind.DNS).stream().filter(d -> {
            String t = d.settings(DnsSettings.class).target();
            return t != null && (t.equals(target.id()) || t.equals(target.hostId())
                    || entries.stream().anyMatch(l -> l.to().equals(t)));
        }).findFirst();
        String address = addressOf(design, dns.map(d -> design.component(d.settings(DnsSettings.class).target())
                .orElseThrow()).orElse(target));
        String name = address;
        if (dns.isPresent()) {
            name = dns.get().settings(DnsSettings.class).domain();
            Optional<String> exported = exportedAddress(files, name);
            if (exported.isPresent()) {
                address = exported.get();
            }
        }
        int redirect = 0;
        if (scheme.equals("https")) {
            redirect = plainHttpRedirect(target);
        }
        return new LabPlan.Entry(name, address, scheme, link.port(), redirect);
    }

    /** Where users reach a component: a load balancer's floating IP, else its server's address. */
    private static String addressOf(Design design, Component c) {
        if (c.kind() == ComponentKind.LOAD_BALANCER && c.settings(LoadBalancerSettings.class).floatingIp() != null) {
            return c.settings(LoadBalancerSettings.class).floatingIp();
        }
        Component server = c.kind() == ComponentKind.SERVER ? c : design.hostOf(c).orElse(c);
        return server.kind() == ComponentKind.SERVER ? server.settings(ServerSettings.class).ipAddress() : "";
    }

    /** The address the exported DNS record gives {@code name}, when the export wrote one. */
    private static Optional<String> exportedAddress(List<ExportedFile> files, String name) {
        for (ExportedFile f : files) {
            if (!f.path().endsWith(".zone")) {
                continue;
            }
            Matcher m = ZONE_ADDRESS.matcher(f.content());
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return Optional.of(m.group(2));
                }
            }
        }
        return Optional.empty();
    }

    /** The plain-HTTP listener of an entry point that redirects to HTTPS, or 0. */
    private static int plainHttpRedirect(Component target) {
        if (target.kind() == ComponentKind.LOAD_BALANCER) {
            LoadBalancerSettings s = target.settings(LoadBalancerSettings.class);
            return s.redirectHttps() ? firstHttp(s.listeners()) : 0;
        }
        if (target.kind() == ComponentKind.WEB_SERVER) {
            WebServerSettings s = target.settings(WebServerSettings.class);
            return s.redirectHttps() ? firstHttp(s.listeners()) : 0;
        }
        return 0;
    }

    private static int firstHttp(List<dev.infradesigner.model.Listener> listeners) {
        return listeners.stream().filter(l -> l.protocol() == Protocol.HTTP).mapToInt(l -> l.port()).findFirst()
                .orElse(0);
    }
}
