package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A server block for each web server (listeners, server name, TLS with Mozilla's intermediate settings
 * and HSTS, the static root, {@code proxy_pass} to an upstream of the application servers it links to),
 * and in full mode the {@code nginx.conf} around it. Written for Nginx 1.22 ({@code listen 443 ssl http2}).
 */
public final class NginxExporter implements Exporter {

    private static final String MOZILLA_INTERMEDIATE_CIPHERS = "ECDHE-ECDSA-AES128-GCM-SHA256:"
            + "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
            + "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:"
            + "DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";

    @Override
    public String id() {
        return "nginx";
    }

    @Override
    public String displayName() {
        return "Nginx";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames folders = new UniqueNames();
        for (Component web : design.componentsOf(ComponentKind.WEB_SERVER)) {
            WebServerSettings s = web.settings(WebServerSettings.class);
            ConfigText.requireCertificate(web, s.httpsListener(), s.certificate());
            String folder = folders.next(ConfigText.folderOf(design, web), web.id());
            String site = ConfigText.name(web.label(), web.id());
            String body = serverBlocks(design, web);
            String content = mode == ExportMode.FULL ? full(design, web, body)
                    : ConfigText.header("#", design, web) + "\n" + body;
            String path = mode == ExportMode.FULL ? folder + "/nginx.conf" : folder + "/sites-available/" + site
                    + ".conf";
            files.add(new ExportedFile(path, content, List.of(web.id()), mode == ExportMode.FULL ? "/etc/nginx/nginx.conf" : null));
        }
        return files;
    }

    private static String full(Design design, Component web, String body) {
        return ConfigText.header("#", design, web)
                // Debian's layout: workers as www-data, errors in /var/log/nginx (its build logs to stderr).
                + "\nuser www-data;\n"
                + "worker_processes auto;\n"
                + "error_log /var/log/nginx/error.log;\n"
                + "\nevents {\n    worker_connections 1024;\n}\n"
                + "\nhttp {\n"
                + "    include /etc/nginx/mime.types;\n"
                + "    default_type application/octet-stream;\n"
                + "    sendfile on;\n"
                + "    tcp_nopush on;\n"
                + "    keepalive_timeout 65;\n"
                + "    server_tokens off;\n"
                + "\n" + indent(body, "    ")
                + "}\n";
    }

    private static String serverBlocks(Design design, Component web) {
        WebServerSettings s = web.settings(WebServerSettings.class);
        List<Link> linked = design.linksFrom(web.id()).stream()
                .filter(l -> l.protocol().userTraffic()
                        && design.component(l.to()).orElseThrow().kind() == ComponentKind.APP_SERVER)
                .toList();
        // Nginx resolves upstream names when it starts, so an application server without an address (one
        // no server hosts) cannot be written; it is named in a comment instead.
        List<Link> toApps = linked.stream().filter(l -> isAddressed(design, l.to())).toList();
        String upstream = "app_servers";
        StringBuilder out = new StringBuilder();
        for (Link l : linked) {
            if (!toApps.contains(l)) {
                Component app = design.component(l.to()).orElseThrow();
                out.append("# \"").append(ConfigText.comment(app.label())).append("\" (").append(app.id())
                        .append(") has no address: host it on a server to add it to the upstream.\n");
            }
        }
        if (!toApps.isEmpty()) {
            // Nginx refuses an upstream of standbys only; then they are all ordinary servers.
            boolean anyActive = toApps.stream().anyMatch(l -> !l.standby());
            out.append("upstream ").append(upstream).append(" {\n");
            for (Link l : toApps) {
                Component app = design.component(l.to()).orElseThrow();
                out.append("    server ").append(ConfigText.hostPort(ConfigText.addressOf(design, app), l.port()))
                        .append(l.standby() && anyActive ? " backup" : "").append(";\n");
            }
            out.append("}\n\n");
        }
        boolean https = s.servesHttps();
        boolean redirect = https && s.redirectHttps() && s.servesHttp();
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
        if (https) {
            out.append("\n    ssl_certificate ").append(s.certificate()).append(";\n")
                    .append("    ssl_certificate_key ").append(s.certificate()).append(";\n")
                    .append("    ssl_protocols TLSv1.2 TLSv1.3;\n")
                    .append("    ssl_ciphers ").append(MOZILLA_INTERMEDIATE_CIPHERS).append(";\n")
                    .append("    ssl_prefer_server_ciphers off;\n")
                    .append("    ssl_session_timeout 1d;\n")
                    .append("    ssl_session_cache shared:MozSSL:10m;\n")
                    .append("    ssl_session_tickets off;\n")
                    .append("    add_header Strict-Transport-Security \"max-age=63072000\" always;\n");
        }
        // Behind load balancers, trust their X-Forwarded-For for the client's address (logs, X-Real-IP).
        List<String> balancers = design.linksTo(web.id()).stream().map(l -> design.component(l.from()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.LOAD_BALANCER).flatMap(c -> design.hostOf(c).stream())
                .map(h -> h.settings(ServerSettings.class).ipAddress()).distinct().toList();
        if (!balancers.isEmpty()) {
            out.append('\n');
            balancers.forEach(ip -> out.append("    set_real_ip_from ").append(ip).append(";\n"));
            out.append("    real_ip_header X-Forwarded-For;\n");
        }
        out.append("\n    root ").append(s.staticRoot()).append(";\n");
        if (toApps.isEmpty()) {
            out.append("\n    location / {\n        try_files $uri $uri/ =404;\n    }\n");
        } else {
            out.append("\n    location / {\n        try_files $uri @app;\n    }\n")
                    .append("\n    location @app {\n")
                    .append("        proxy_pass http://").append(upstream).append(";\n")
                    .append("        proxy_set_header Host $host;\n")
                    .append("        proxy_set_header X-Real-IP $remote_addr;\n")
                    .append(balancers.isEmpty()
                            ? "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                            + "        proxy_set_header X-Forwarded-Proto $scheme;\n"
                            // The load balancer already set both (and may have ended TLS).
                            : "        proxy_set_header X-Forwarded-For $http_x_forwarded_for;\n"
                            + "        proxy_set_header X-Forwarded-Proto $http_x_forwarded_proto;\n")
                    .append("    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static boolean isAddressed(Design design, String componentId) {
        return design.component(componentId).flatMap(design::hostOf).isPresent();
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(prefix).append(line);
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }
}
