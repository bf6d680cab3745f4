package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.model.CodeBaseSettings;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a host's files in place before anything starts: the daemons' stock Debian configuration folders,
 * every exported file at its install path as it was exported, the certificates the files name (issued by
 * the lab's authority), and the folders the daemons expect. Nothing exported is edited.
 */
final class HostSetup {

    private final LabPlan plan;
    private final LabHost host;
    private final HostFs fs;
    private final LabCa ca;

    HostSetup(LabPlan plan, LabHost host, HostFs fs, LabCa ca) {
        this.plan = plan;
        this.host = host;
        this.fs = fs;
        this.ca = ca;
    }

    void prepare() {
        fs.prepare();
        fs.writeEtc("hosts", hostsFile(plan));
        fs.writeEtc("resolv.conf", "# The lab has no DNS server: names resolve from /etc/hosts only.\n"
                + "nameserver 127.0.0.1\n");
        trustStore();
        stockFolders();
        for (ExportedFile file : host.installs()) {
            fs.install(file.installPath(), file.content());
        }
        certificates();
        folders();
    }

    /** {@code /etc/hosts} for every namespace: the site's name as DNS answers it, and each server's name. */
    static String hostsFile(LabPlan plan) {
        StringBuilder out = new StringBuilder("127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n");
        if (!plan.entry().name().equals(plan.entry().address())) {
            out.append(plan.entry().address()).append(' ').append(plan.entry().name()).append('\n');
        }
        for (LabHost h : plan.hosts()) {
            out.append(h.address()).append(' ').append(h.hostname()).append('\n');
        }
        return out.toString();
    }

    /** The machine's trusted authorities plus the lab's, in this host's own {@code /etc/ssl}. */
    private void trustStore() {
        fs.copyStockEtc("ssl", "openssl");
        String bundle = "/etc/ssl/certs/ca-certificates.crt";
        String existing = "";
        try {
            java.nio.file.Path real = fs.real(bundle);
            if (java.nio.file.Files.isRegularFile(real)) {
                existing = java.nio.file.Files.readString(real);
            }
            java.nio.file.Files.deleteIfExists(real);
        } catch (java.io.IOException e) {
            throw new LabException("cannot read " + bundle + ": " + e.getMessage(), e);
        }
        fs.install(bundle, existing + ca.certificateText());
    }

    private void stockFolders() {
        if (host.hosts(ComponentKind.LOAD_BALANCER)) {
            fs.copyStockEtc("haproxy", "haproxy");
        }
        if (host.installed("/etc/keepalived/keepalived.conf").isPresent()) {
            fs.copyStockEtc("keepalived", "keepalived");
        }
        if (host.hosts(ComponentKind.WEB_SERVER)) {
            fs.copyStockEtc("nginx", "nginx");
        }
        if (host.hosts(ComponentKind.DATABASE)) {
            fs.copyStockEtc("mysql", "mariadb-server");
        }
        if (host.installed("/etc/prometheus/prometheus.yml").isPresent()) {
            fs.copyStockEtc("prometheus", "prometheus");
        }
        if (host.firewallScript().isPresent()) {
            fs.copyStockEtc("ufw", "ufw");
            // ufw also writes its default policies to /etc/default/ufw: each host needs its own.
            fs.copyStockEtc("default", "ufw");
        }
    }

    /** Issues one certificate for the host and writes it wherever the host's files expect one. */
    private void certificates() {
        Set<String> installed = new LinkedHashSet<>();
        host.installs().forEach(f -> installed.add(f.installPath()));
        LabCa.Issued issued = null;
        for (ExportedFile file : host.installs()) {
            for (Map.Entry<String, CertificatePaths.Holds> ref : CertificatePaths.in(file).entrySet()) {
                String path = ref.getKey();
                if (installed.contains(path) || path.equals("/etc/ssl/certs/ca-certificates.crt")) {
                    continue;
                }
                if (issued == null && ref.getValue() != CertificatePaths.Holds.AUTHORITY) {
                    issued = ca.issue(names(), List.of(host.address()));
                }
                fs.install(path, switch (ref.getValue()) {
                    case CERTIFICATE_AND_KEY -> issued.combined();
                    case CERTIFICATE -> issued.certificate();
                    case KEY -> issued.key();
                    case AUTHORITY -> ca.certificateText();
                });
                if (file.installPath().startsWith("/etc/mysql/")) {
                    fs.own(path, "mysql", ref.getValue() == CertificatePaths.Holds.KEY ? "rw-------" : "rw-r--r--");
                }
            }
        }
    }

    /** The names this host answers to: its host name, the site's names, and its web servers' names. */
    private List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        names.add(host.hostname());
        plan.design().componentsOf(ComponentKind.DNS).forEach(d -> names.add(d.settings(DnsSettings.class).domain()));
        plan.design().componentsOf(ComponentKind.WEB_SERVER)
                .forEach(w -> names.add(w.settings(WebServerSettings.class).serverName()));
        return new ArrayList<>(names);
    }

    /** The folders each daemon expects, owned as Debian's packages own them. */
    private void folders() {
        if (host.hosts(ComponentKind.LOAD_BALANCER)) {
            fs.mkdir("/var/lib/haproxy", null);
            fs.mkdir("/run/haproxy", null);
        }
        if (host.hosts(ComponentKind.WEB_SERVER)) {
            fs.mkdir("/var/log/nginx", null);
            fs.mkdir("/var/lib/nginx", null);
            for (Component web : host.hostedOf(ComponentKind.WEB_SERVER)) {
                fs.mkdir(web.settings(WebServerSettings.class).staticRoot(), null);
            }
        }
        if (host.hosts(ComponentKind.DATABASE)) {
            fs.mkdir("/var/lib/mysql", "mysql");
            fs.mkdir("/var/log/mysql", "mysql");
            fs.mkdir("/run/mysqld", "mysql");
        }
        if (host.installed("/etc/prometheus/prometheus.yml").isPresent()) {
            fs.mkdir("/var/lib/prometheus/metrics2", "prometheus");
        }
        for (Component code : host.hostedOf(ComponentKind.CODE_BASE)) {
            fs.mkdir(code.settings(CodeBaseSettings.class).path(), null);
        }
    }

    /** Empties {@code /run}, as a reboot does (a killed server comes back without stale sockets). */
    void rebootRun() {
        try {
            java.nio.file.Path run = fs.real("/run/lock").getParent();
            try (var entries = java.nio.file.Files.list(run)) {
                for (java.nio.file.Path p : entries.toList()) {
                    if (!p.getFileName().toString().equals("lock")) {
                        Exec.run(java.time.Duration.ofSeconds(10), List.of("rm", "-rf", p.toString()));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new LabException("cannot empty /run of " + host.hostname() + ": " + e.getMessage(), e);
        }
        folders();
    }
}
