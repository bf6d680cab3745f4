package dev.infradesigner.export;

import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code haproxy.cfg} for each load balancer, written for HAProxy 2.6 to keep serving while a backend dies or
 * freezes: the frontend users reach (TLS with the shared profile, the redirect to HTTPS, forwarding headers
 * that only it sets), a metrics frontend that Prometheus scrapes and keepalived asks whether HAProxy still
 * answers, and the backend ({@link HaproxyBackend}) with health checks and retries.
 */
public final class HaproxyExporter implements Exporter {

    /**
     * The port every load balancer's server answers HAProxy's own health ({@code /healthz}, which keepalived
     * checks) and its Prometheus metrics ({@code /metrics}) on; the host firewall opens it to the design's
     * Prometheus server only.
     */
    public static final int METRICS_PORT = 8404;

    /** HAProxy's own health: 200 while its backend has a usable server, 503 otherwise. */
    static final String HEALTH_URI = "/healthz";

    /** Where HAProxy's built-in Prometheus exporter answers. */
    static final String METRICS_PATH = "/metrics";

    /** Forwarding headers a client may send; the load balancer is the edge, so only its own values pass. */
    private static final List<String> CLIENT_FORWARDING_HEADERS = List.of("X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP", "Forwarded");

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
            if (mode == ExportMode.FULL) {
                files.add(new ExportedFile(folder + "/haproxy.cfg", config(design, lb, mode), List.of(lb.id()),
                        "/etc/haproxy/haproxy.cfg"));
                if (lb.settings(LoadBalancerSettings.class).servesHttps()) {
                    files.add(TlsProfile.dhParams(folder, "/etc/haproxy", List.of(lb.id())));
                }
            } else {
                files.add(new ExportedFile(folder + "/haproxy-snippet.cfg", config(design, lb, mode),
                        List.of(lb.id())));
            }
        }
        return files;
    }

    private static String config(Design design, Component lb, ExportMode mode) {
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        boolean http = s.mode() == BalanceMode.HTTP;
        boolean connectsTls = design.linksFrom(lb.id()).stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
        StringBuilder out = new StringBuilder(ConfigText.header("#", design, lb));
        if (mode == ExportMode.FULL) {
            global(out, s.servesHttps(), connectsTls);
            defaults(out, design, lb, http);
        } else if (s.servesHttps() || connectsTls) {
            out.append("# TLS ciphers and versions come from your global section's ssl-default-* lines; the full\n")
                    .append("# haproxy.cfg export writes Mozilla's intermediate profile there.\n");
        }
        String backend = HaproxyBackend.name(design, lb);
        frontend(out, lb, s, backend, mode);
        metrics(out, s, backend);
        HaproxyBackend.write(out, design, lb, backend, mode);
        return out.toString();
    }

    /** Debian's layout: syslog through /dev/log, a chroot, an unprivileged user, the admin socket. */
    private static void global(StringBuilder out, boolean servesTls, boolean connectsTls) {
        out.append("\nglobal\n")
                .append("    log /dev/log local0\n")
                .append("    chroot /var/lib/haproxy\n")
                .append("    stats socket /run/haproxy/admin.sock mode 660 level admin\n")
                .append("    user haproxy\n")
                .append("    group haproxy\n")
                .append("    maxconn 4096\n")
                .append(TlsProfile.haproxyGlobal(servesTls, connectsTls));
    }

    private static void defaults(StringBuilder out, Design design, Component lb, boolean http) {
        out.append("\ndefaults\n")
                .append("    mode ").append(http ? "http" : "tcp").append('\n')
                .append("    log global\n")
                .append(http ? "    option httplog\n" : "    option tcplog\n")
                .append("    option dontlognull\n")
                .append(HaproxyBackend.timeouts(design, lb, http))
                .append("    timeout client ").append(FailoverTimings.render(FailoverTimings.HAPROXY_CLIENT))
                .append('\n')
                .append(http ? "    timeout http-request 10s\n    timeout http-keep-alive 10s\n" : "");
    }

    private static void frontend(StringBuilder out, Component lb, LoadBalancerSettings s, String backend,
            ExportMode mode) {
        boolean http = s.mode() == BalanceMode.HTTP;
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
            // option forwardfor adds the client's address after these rules, so the web servers receive
            // exactly one address: the one this load balancer saw.
            CLIENT_FORWARDING_HEADERS.forEach(h -> out.append("    http-request del-header ").append(h).append('\n'));
            out.append(s.servesHttps() ? "    http-request set-header X-Forwarded-Proto https if { ssl_fc }\n"
                    + "    http-request set-header X-Forwarded-Proto http unless { ssl_fc }\n"
                    : "    http-request set-header X-Forwarded-Proto http\n");
        }
        if (http && s.redirectHttps() && s.servesHttps()) {
            out.append("    http-request redirect scheme https code 301 unless { ssl_fc }\n")
                    // Replaces a web server's header of the same name: both come from TlsProfile, so agree.
                    .append("    http-response set-header Strict-Transport-Security \"").append(TlsProfile.HSTS)
                    .append("\" if { ssl_fc }\n");
        }
        out.append("    default_backend ").append(backend).append('\n');
    }

    /** Whether the load balancer's HAProxy answers on {@link #METRICS_PORT} (unless a listener took the port). */
    static boolean hasMetrics(LoadBalancerSettings s) {
        return s.listeners().stream().noneMatch(l -> l.port() == METRICS_PORT);
    }

    /**
     * HAProxy's own health and metrics on {@link #METRICS_PORT}: {@code /healthz} answers 503 once the backend
     * has no usable server (so keepalived hands the floating IP to a peer that may still have some), and
     * {@code /metrics} is the built-in Prometheus exporter (Debian's build has it).
     */
    private static void metrics(StringBuilder out, LoadBalancerSettings s, String backend) {
        if (!hasMetrics(s)) {
            out.append("\n# Port ").append(METRICS_PORT).append(" is a listener of this load balancer, so HAProxy's ")
                    .append("health and metrics have no port of their own.\n");
            return;
        }
        out.append("\nfrontend metrics\n")
                .append("    mode http\n")
                .append("    bind :").append(METRICS_PORT).append('\n')
                .append("    monitor-uri ").append(HEALTH_URI).append('\n')
                .append("    monitor fail if { nbsrv(").append(backend).append(") lt 1 }\n")
                .append("    http-request use-service prometheus-exporter if { path ").append(METRICS_PATH)
                .append(" }\n")
                // Scrapes stay out of the log ("no log" would leave the inherited log format unused, a warning).
                .append("    http-request set-log-level silent\n");
    }
}
