package dev.infradesigner.export;

import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code haproxy.cfg} for each load balancer: a frontend with its listeners (TLS with the design's
 * certificate, the redirect to HTTPS), and one backend with the design's algorithm, a health-checked
 * {@code server} line per backend link and {@code backup} for standbys. Written for HAProxy 2.6.
 */
public final class HaproxyExporter implements Exporter {

    /**
     * The port every load balancer's server answers HAProxy's own health ({@code /healthz}, which keepalived
     * checks) and its Prometheus metrics ({@code /metrics}) on; the host firewall opens it to the design's
     * Prometheus server only.
     */
    public static final int METRICS_PORT = 8404;

    private static final String TLS12_CIPHERS = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
            + "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:"
            + "ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384";

    @Override
    public String id() {
        return "haproxy";
    }

    @Override
    public String displayName() {
        return "HAProxy";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames folders = new UniqueNames();
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
            ConfigText.requireCertificate(lb, s.httpsListener(), s.certificate());
            String folder = folders.next(ConfigText.folderOf(design, lb), lb.id());
            String name = mode == ExportMode.FULL ? "haproxy.cfg" : "haproxy-snippet.cfg";
            files.add(new ExportedFile(folder + "/" + name, config(design, lb, mode), List.of(lb.id()),
                    mode == ExportMode.FULL ? "/etc/haproxy/haproxy.cfg" : null));
        }
        return files;
    }

    private static String config(Design design, Component lb, ExportMode mode) {
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        boolean http = s.mode() == BalanceMode.HTTP;
        StringBuilder out = new StringBuilder(ConfigText.header("#", design, lb));
        if (mode == ExportMode.FULL) {
            // Debian's layout: syslog through /dev/log, a chroot, an unprivileged user, the admin socket.
            out.append("\nglobal\n")
                    .append("    log /dev/log local0\n")
                    .append("    chroot /var/lib/haproxy\n")
                    .append("    stats socket /run/haproxy/admin.sock mode 660 level admin\n")
                    .append("    user haproxy\n")
                    .append("    group haproxy\n")
                    .append("    maxconn 4096\n");
            if (s.servesHttps()) {
                // Mozilla's intermediate profile.
                out.append("    ssl-default-bind-ciphers ").append(TLS12_CIPHERS).append('\n')
                        .append("    ssl-default-bind-ciphersuites TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:"
                                + "TLS_CHACHA20_POLY1305_SHA256\n")
                        .append("    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets\n");
            }
            out.append("\ndefaults\n")
                    .append("    mode ").append(http ? "http" : "tcp").append('\n')
                    .append("    log global\n")
                    .append(http ? "    option httplog\n" : "    option tcplog\n")
                    .append("    option dontlognull\n")
                    .append("    timeout connect 5s\n")
                    .append("    timeout client 30s\n")
                    .append("    timeout server 30s\n")
                    .append(http ? "    timeout http-request 10s\n    timeout http-keep-alive 10s\n" : "");
        }
        boolean toWebServers = design.linksFrom(lb.id()).stream()
                .allMatch(l -> design.component(l.to()).orElseThrow().kind() == ComponentKind.WEB_SERVER);
        String backend = toWebServers ? "web_servers" : "backends";
        out.append("\nfrontend ").append(ConfigText.name(lb.label(), lb.id())).append('\n');
        if (mode == ExportMode.SNIPPET) {
            out.append("    mode ").append(http ? "http" : "tcp").append('\n');
        }
        if (http) {
            // In the frontend, not in defaults, so the snippet keeps it where the stock defaults lack it.
            out.append("    option forwardfor\n");
        }
        for (Listener l : s.listeners()) {
            out.append("    bind :").append(l.port());
            if (l.protocol() == Protocol.HTTPS) {
                out.append(" ssl crt ").append(s.certificate());
                if (http) {
                    out.append(" alpn h2,http/1.1");
                }
            }
            out.append('\n');
        }
        if (http) {
            out.append(s.servesHttps() ? "    http-request set-header X-Forwarded-Proto https if { ssl_fc }\n"
                    + "    http-request set-header X-Forwarded-Proto http unless { ssl_fc }\n"
                    : "    http-request set-header X-Forwarded-Proto http\n");
        }
        if (http && s.redirectHttps() && s.servesHttps()) {
            out.append("    http-request redirect scheme https code 301 unless { ssl_fc }\n");
        }
        if (http && s.servesHttps() && s.redirectHttps()) {
            out.append("    http-response set-header Strict-Transport-Security \"max-age=63072000\"\n");
        }
        out.append("    default_backend ").append(backend).append('\n');
        backend(out, design, lb, s, backend, mode);
        return out.toString();
    }

    /** The server name of the first web server behind {@code lb}, which health checks ask for. */
    private static java.util.Optional<String> siteName(Design design, Component lb) {
        return design.linksFrom(lb.id()).stream().map(l -> design.component(l.to()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.WEB_SERVER)
                .map(c -> c.settings(WebServerSettings.class).serverName()).findFirst();
    }

    private static void backend(StringBuilder out, Design design, Component lb, LoadBalancerSettings s,
            String name, ExportMode mode) {
        boolean http = s.mode() == BalanceMode.HTTP;
        out.append("\nbackend ").append(name).append('\n');
        if (mode == ExportMode.SNIPPET) {
            out.append("    mode ").append(http ? "http" : "tcp").append('\n');
        }
        out.append("    balance ").append(switch (s.algorithm()) {
            case ROUND_ROBIN -> "roundrobin";
            case LEAST_CONNECTIONS -> "leastconn";
            case SOURCE_HASH -> "source";
        }).append('\n');
        HealthCheck check = s.healthCheck();
        if (check.enabled() && http) {
            out.append("    option httpchk\n");
            // HTTP/1.1 with the site's name: a web server whose default site is another one (Debian's
            // stock Nginx) would otherwise answer the check with that site's 404.
            out.append("    http-check send meth GET uri ").append(check.path());
            siteName(design, lb).ifPresent(host -> out.append(" ver HTTP/1.1 hdr Host ").append(host));
            out.append("\n    http-check expect status 200\n");
        }
        out.append("    default-server inter ").append(check.intervalSeconds()).append("s fall 3 rise 2 "
                + "init-addr last,libc,none\n");
        UniqueNames servers = new UniqueNames();
        List<Link> backends = design.linksFrom(lb.id()).stream().filter(l -> l.protocol().userTraffic()).toList();
        if (backends.isEmpty()) {
            out.append("    # No backend is linked to this load balancer in the design.\n");
        }
        for (Link l : backends) {
            Component target = design.component(l.to()).orElseThrow();
            out.append("    server ").append(servers.next(target.label(), target.id())).append(' ')
                    .append(ConfigText.hostPort(ConfigText.addressOf(design, target), l.port()));
            if (check.enabled()) {
                out.append(" check");
            }
            if (l.protocol() == Protocol.HTTPS) {
                out.append(" ssl verify none");
            }
            if (l.standby()) {
                out.append(" backup");
            }
            out.append('\n');
        }
    }
}
