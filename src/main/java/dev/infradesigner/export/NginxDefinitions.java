package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Link;
import java.util.List;

/**
 * The {@code http}-level part of a site: its log format, the variables its server block reads, and the
 * upstream of application servers. Each variable exists so that the server block can decide per request:
 * whether forwarding headers come from a load balancer (and may be believed), whether a request is a health
 * check (and stays out of the log), whether the application already set a security header (and keeps it).
 */
final class NginxDefinitions {

    /** The access log's format: the combined format, then how long the request and the application took. */
    static final String LOG_FORMAT = "upstream_timing";

    private NginxDefinitions() {
    }

    static void write(StringBuilder out, NginxSite.Context c) {
        out.append("log_format ").append(LOG_FORMAT)
                .append(" '$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent '\n")
                .append("    '\"$http_referer\" \"$http_user_agent\" rt=$request_time uct=$upstream_connect_time '\n")
                .append("    'uht=$upstream_header_time urt=$upstream_response_time ua=$upstream_addr '\n")
                .append("    'us=$upstream_status';\n\n");
        if (c.behindBalancers()) {
            trust(out, c.balancers());
        }
        securityHeaders(out, c.settings().servesHttps());
        if (c.proxies()) {
            out.append("# HTTP/1.1 to the application: an idle connection is kept for the next request, and a\n")
                    .append("# WebSocket upgrade is passed on.\n")
                    .append("map $http_upgrade $connection_upgrade {\n    default upgrade;\n    '' '';\n}\n\n");
            upstream(out, c);
        }
    }

    /**
     * Only a load balancer's forwarding headers are believed, and only as far as it set them (HAProxy drops
     * what the client sent, then adds what it saw). The checks it sends are recognised the same way.
     */
    private static void trust(StringBuilder out, List<String> balancers) {
        out.append("# Requests from the load balancers carry the client's scheme; nobody else's claims are believed.\n")
                .append("geo $realip_remote_addr $from_load_balancer {\n    default 0;\n");
        balancers.forEach(ip -> out.append("    ").append(ip).append(" 1;\n"));
        out.append("}\n\n")
                .append("map $from_load_balancer $forwarded_proto {\n    1 $http_x_forwarded_proto;\n")
                .append("    default $scheme;\n}\n\n")
                .append("# The load balancers' health checks stay out of the access log.\n")
                .append("map \"$from_load_balancer:$http_user_agent\" $access_logged {\n    \"1:")
                .append(HealthChecks.USER_AGENT).append("\" 0;\n    default 1;\n}\n\n");
    }

    /** Each security header is added unless the application sent its own, which then passes unchanged. */
    private static void securityHeaders(StringBuilder out, boolean https) {
        out.append("# Security headers, unless the application sets its own.\n");
        header(out, "x_content_type_options", "nosniff");
        header(out, "x_frame_options", "SAMEORIGIN");
        header(out, "referrer_policy", "strict-origin-when-cross-origin");
        if (https) {
            out.append("map $https $strict_transport_security {\n    on ").append(TlsProfile.HSTS)
                    .append(";\n    default '';\n}\n\n");
        }
    }

    private static void header(StringBuilder out, String variable, String value) {
        out.append("map $upstream_http_").append(variable).append(" $").append(variable).append(" {\n")
                .append("    '' ").append(value).append(";\n    default '';\n}\n\n");
    }

    /**
     * Least connections with the workers' counts shared in a zone: a frozen application server keeps the
     * requests it has swallowed, so it stops getting new ones at once instead of every other one until a
     * timeout marks it failed (docs/export.md has the figures).
     */
    private static void upstream(StringBuilder out, NginxSite.Context c) {
        // Nginx refuses an upstream of standbys only; then they are all ordinary servers.
        boolean anyActive = c.toApps().stream().anyMatch(l -> !l.standby());
        out.append("upstream ").append(NginxSite.UPSTREAM).append(" {\n")
                .append("    least_conn;\n")
                .append("    zone ").append(NginxSite.UPSTREAM).append(" 64k;\n");
        for (Link l : c.toApps()) {
            Component app = c.design().component(l.to()).orElseThrow();
            out.append("    server ").append(ConfigText.hostPort(ConfigText.addressOf(c.design(), app), l.port()))
                    .append(l.standby() && anyActive ? " backup" : "").append(";\n");
        }
        out.append("    keepalive 16;\n}\n\n");
    }
}
