package dev.infradesigner.export;

import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.HealthCheck;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.List;

/**
 * A load balancer's backend: the part of {@code haproxy.cfg} that decides what happens when a backend dies
 * (refused connections are retried on another server at once), freezes (checks time out in well under a
 * second each, and a request stuck on it is retried elsewhere when HAProxy's server timeout strikes) or
 * answers 502/503/504 (retried elsewhere). Only requests that are safe to send twice are retried after they
 * may have reached a server: idempotent methods, and writes that carry an {@code Idempotency-Key}.
 */
final class HaproxyBackend {

    /** Failures after which a request is sent again, to another server. 500 is the application's own answer. */
    static final String RETRY_ON = "conn-failure empty-response junk-response response-timeout 0rtt-rejected 502 503 504";

    private HaproxyBackend() {
    }

    /** {@code web_servers} when every backend is a web server, {@code backends} otherwise. */
    static String name(Design design, Component lb) {
        boolean toWebServers = design.linksFrom(lb.id()).stream()
                .allMatch(l -> design.component(l.to()).orElseThrow().kind() == ComponentKind.WEB_SERVER);
        return toWebServers ? "web_servers" : "backends";
    }

    /** The timeouts of the failover chain ({@link FailoverTimings}): in {@code defaults}, or in a snippet's backend. */
    static String timeouts(Design design, Component lb, boolean http) {
        return "    timeout connect " + FailoverTimings.render(FailoverTimings.HAPROXY_CONNECT) + "\n"
                // In TCP mode this is an idle timeout of long-lived connections, not a wait for an answer.
                + "    timeout server " + FailoverTimings.render(http ? FailoverTimings.haproxyServer(design, lb)
                        : FailoverTimings.HAPROXY_CLIENT) + "\n"
                + "    timeout queue " + FailoverTimings.render(FailoverTimings.HAPROXY_QUEUE) + "\n"
                + (http ? "    timeout tunnel " + FailoverTimings.render(FailoverTimings.TUNNEL) + "\n" : "");
    }

    static void write(StringBuilder out, Design design, Component lb, String name, ExportMode mode) {
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        boolean http = s.mode() == BalanceMode.HTTP;
        out.append("\nbackend ").append(name).append('\n');
        if (mode == ExportMode.SNIPPET) {
            out.append("    mode ").append(http ? "http" : "tcp").append('\n').append(timeouts(design, lb, http));
        }
        out.append("    balance ").append(switch (s.algorithm()) {
            case ROUND_ROBIN -> "roundrobin";
            case LEAST_CONNECTIONS -> "leastconn";
            case SOURCE_HASH -> "source";
        }).append('\n');
        out.append("    retries 3\n    option redispatch 1\n");
        if (http) {
            retries(out);
        }
        HealthCheck check = s.healthCheck();
        if (check.enabled()) {
            if (http) {
                httpCheck(out, design, lb, check);
            }
            out.append("    timeout check ").append(FailoverTimings.render(FailoverTimings.CHECK_TIMEOUT)).append('\n');
        }
        out.append("    default-server inter ").append(check.intervalSeconds()).append("s fastinter ")
                .append(FailoverTimings.render(FailoverTimings.atMost(FailoverTimings.FAST_INTERVAL,
                        check.intervalSeconds())))
                .append(" downinter ").append(FailoverTimings.render(FailoverTimings.atMost(
                        FailoverTimings.DOWN_INTERVAL, check.intervalSeconds())))
                .append(" fall ").append(FailoverTimings.FALL).append(" rise ").append(FailoverTimings.RISE)
                .append(" init-addr last,libc,none")
                // A TCP stream cannot be retried, so one left on a dead server would hang until its timeouts;
                // cut, its client reconnects and lands on a live server. HTTP keeps it (docs/export.md).
                .append(http ? "" : " on-marked-down shutdown-sessions").append('\n');
        servers(out, design, lb, check.enabled());
    }

    /**
     * L7 retries. A request is buffered (up to a second for its body) only when it may be replayed, and
     * replayed only when that is safe: RFC 9110's idempotent methods, or a write whose Idempotency-Key lets
     * the application drop the duplicate. Any other write is retried only when it never reached a server.
     */
    private static void retries(StringBuilder out) {
        out.append("    retry-on ").append(RETRY_ON).append('\n')
                .append("    acl replayable method GET HEAD OPTIONS PUT DELETE\n")
                .append("    acl replayable req.hdr(idempotency-key) -m found\n")
                .append("    http-request wait-for-body time 1s if replayable\n")
                .append("    http-request disable-l7-retry unless replayable\n");
    }

    /**
     * The check asks for the design's path as a visitor would: HTTP/1.1 with the site's name (Debian's stock
     * default site would answer a bare check with its own 404), and a User-Agent Nginx keeps out of its log.
     */
    private static void httpCheck(StringBuilder out, Design design, Component lb, HealthCheck check) {
        List<String> names = webServers(design, lb).stream().map(w -> w.settings(WebServerSettings.class).serverName())
                .distinct().toList();
        if (names.size() > 1) {
            out.append("    # The web servers answer to different names; the check asks each for the first, ")
                    .append(names.get(0)).append(".\n");
        }
        out.append("    option httpchk\n")
                .append("    http-check send meth GET uri ").append(check.path());
        if (!names.isEmpty()) {
            out.append(" ver HTTP/1.1 hdr Host ").append(names.get(0));
        }
        out.append(" hdr User-Agent ").append(HealthChecks.USER_AGENT).append('\n')
                .append("    http-check expect status 200\n");
    }

    private static void servers(StringBuilder out, Design design, Component lb, boolean checked) {
        UniqueNames servers = new UniqueNames();
        List<Link> backends = design.linksFrom(lb.id()).stream().filter(l -> l.protocol().userTraffic()).toList();
        if (backends.isEmpty()) {
            out.append("    # No backend is linked to this load balancer in the design.\n");
        }
        for (Link l : backends) {
            Component target = design.component(l.to()).orElseThrow();
            out.append("    server ").append(servers.next(target.label(), target.id())).append(' ')
                    .append(ConfigText.hostPort(ConfigText.addressOf(design, target), l.port()));
            if (checked) {
                out.append(" check");
            }
            if (l.protocol() == Protocol.HTTPS) {
                out.append(TlsProfile.haproxyServerTls(tlsName(design, target)));
            }
            if (l.standby()) {
                out.append(" backup");
            }
            out.append('\n');
        }
    }

    private static List<Component> webServers(Design design, Component lb) {
        return design.linksFrom(lb.id()).stream().filter(l -> l.protocol().userTraffic())
                .map(l -> design.component(l.to()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.WEB_SERVER).toList();
    }

    /** The name a backend's certificate is verified for: a web server's server name, else its host's name. */
    private static String tlsName(Design design, Component target) {
        if (target.kind() == ComponentKind.WEB_SERVER) {
            return target.settings(WebServerSettings.class).serverName();
        }
        return design.hostOf(target).map(h -> h.settings(ServerSettings.class).hostname())
                .orElse(ConfigText.name(target.label(), target.id()));
    }
}
