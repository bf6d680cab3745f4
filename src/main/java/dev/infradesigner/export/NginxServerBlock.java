package dev.infradesigner.export;

import dev.infradesigner.model.Listener;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;

/**
 * A web server's {@code server} blocks: the redirect to HTTPS where the design asks for it, then the site
 * itself. What it sets at server level (body limit, compression, security headers, the proxy's headers and
 * timeouts) every location inherits, so the locations only say where a request goes.
 */
final class NginxServerBlock {

    /** The largest request body accepted, instead of Nginx's 1 MB (a 2 MB upload was refused with 413). */
    static final String MAX_BODY = "16m";

    private static final String GZIP_TYPES = "text/plain text/css text/javascript application/javascript "
            + "application/json application/xml image/svg+xml";

    private NginxServerBlock() {
    }

    static void write(StringBuilder out, NginxSite.Context c) {
        WebServerSettings s = c.settings();
        boolean redirect = s.servesHttps() && s.redirectHttps() && s.servesHttp();
        if (redirect) {
            out.append("server {\n");
            for (Listener l : s.listeners()) {
                if (l.protocol() != Protocol.HTTPS) {
                    out.append("    listen ").append(l.port()).append(";\n");
                }
            }
            out.append("    server_name ").append(s.serverName()).append(";\n")
                    .append("    return 301 https://$host$request_uri;\n")
                    .append("}\n\n");
        }
        out.append("server {\n");
        for (Listener l : s.listeners()) {
            if (l.protocol() == Protocol.HTTPS) {
                out.append("    listen ").append(l.port()).append(" ssl http2;\n");
            } else if (!redirect) {
                out.append("    listen ").append(l.port()).append(";\n");
            }
        }
        out.append("    server_name ").append(s.serverName()).append(";\n");
        if (s.servesHttps()) {
            out.append('\n').append(TlsProfile.nginxServer(s.certificate(), "    "));
        }
        if (c.behindBalancers()) {
            // The client's address is the last one a load balancer added: realip takes it for the logs and
            // for $remote_addr, and nothing a client wrote to the left of it.
            out.append('\n');
            c.balancers().forEach(ip -> out.append("    set_real_ip_from ").append(ip).append(";\n"));
            out.append("    real_ip_header X-Forwarded-For;\n    real_ip_recursive on;\n");
        }
        out.append("\n    access_log /var/log/nginx/access.log ").append(NginxDefinitions.LOG_FORMAT)
                .append(c.behindBalancers() ? " if=$access_logged" : "").append(";\n")
                .append("    root ").append(s.staticRoot()).append(";\n")
                .append("    client_max_body_size ").append(MAX_BODY).append(";\n")
                .append("\n    gzip on;\n    gzip_vary on;\n    gzip_proxied any;\n    gzip_comp_level 5;\n")
                .append("    gzip_min_length 256;\n    gzip_types ").append(GZIP_TYPES).append(";\n")
                .append("\n    add_header X-Content-Type-Options $x_content_type_options always;\n")
                .append("    add_header X-Frame-Options $x_frame_options always;\n")
                .append("    add_header Referrer-Policy $referrer_policy always;\n");
        if (s.servesHttps()) {
            out.append("    add_header Strict-Transport-Security $strict_transport_security always;\n");
        }
        if (c.proxies()) {
            proxySettings(out, c);
        }
        locations(out, c);
        out.append("}\n");
    }

    /**
     * How every request reaches the application: HTTP/1.1 over kept-alive connections, the client's address
     * and scheme as far as they can be believed, and timeouts shorter than HAProxy's so that Nginx gives up
     * (and tries the other application server) first. A request that may have reached an application server
     * is sent to another one only if it is idempotent: Nginx's default, which {@code non_idempotent} would
     * lift, so writes are never replayed here (HAProxy replays those that carry an Idempotency-Key).
     */
    private static void proxySettings(StringBuilder out, NginxSite.Context c) {
        out.append("\n    proxy_http_version 1.1;\n")
                .append("    proxy_set_header Host $host;\n")
                .append("    proxy_set_header X-Real-IP $remote_addr;\n")
                .append("    proxy_set_header X-Forwarded-For $remote_addr;\n")
                .append("    proxy_set_header X-Forwarded-Proto ")
                .append(c.behindBalancers() ? "$forwarded_proto" : "$scheme").append(";\n")
                .append("    proxy_set_header Upgrade $http_upgrade;\n")
                .append("    proxy_set_header Connection $connection_upgrade;\n")
                .append("    proxy_connect_timeout ").append(FailoverTimings.render(FailoverTimings.NGINX_CONNECT))
                .append(";\n")
                .append("    proxy_send_timeout ").append(FailoverTimings.render(FailoverTimings.nginxRead(c.design(), c.web())))
                .append(";\n")
                .append("    proxy_read_timeout ").append(FailoverTimings.render(FailoverTimings.nginxRead(c.design(), c.web())))
                .append(";\n")
                .append("    proxy_next_upstream error timeout;\n")
                .append("    proxy_next_upstream_tries ").append(FailoverTimings.NGINX_TRIES).append(";\n");
    }

    private static void locations(StringBuilder out, NginxSite.Context c) {
        String fallback = c.proxies() ? "@app" : "=404";
        out.append("\n    # Dotfiles (.git, .env, .htpasswd) are never served; /.well-known/ (ACME, security.txt) is.\n")
                .append("    location ~ /\\. {\n        deny all;\n    }\n")
                .append("\n    location ^~ /.well-known/ {\n        try_files $uri ").append(fallback)
                .append(";\n    }\n")
                .append("\n    location / {\n        try_files $uri ")
                .append(c.proxies() ? "@app" : "$uri/ =404").append(";\n    }\n");
        if (!c.proxies()) {
            return;
        }
        for (String path : c.checked()) {
            out.append("\n    # The load balancers check this path: the application answers it, never a file.\n")
                    .append("    location = ").append(path).append(" {\n        proxy_pass http://")
                    .append(NginxSite.UPSTREAM).append(";\n    }\n");
        }
        // An upgraded connection (WebSocket) may idle far longer than a request may wait for its answer.
        out.append("\n    location @app {\n        error_page 418 = @websocket;\n")
                .append("        if ($http_upgrade) {\n            return 418;\n        }\n")
                .append("        proxy_pass http://").append(NginxSite.UPSTREAM).append(";\n    }\n")
                .append("\n    location @websocket {\n        proxy_pass http://").append(NginxSite.UPSTREAM)
                .append(";\n        proxy_read_timeout ").append(FailoverTimings.render(FailoverTimings.TUNNEL))
                .append(";\n        proxy_send_timeout ").append(FailoverTimings.render(FailoverTimings.TUNNEL))
                .append(";\n    }\n");
    }
}
