package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Design;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Nginx's files must say, each pinned with the failure or defect it answers. */
class NginxContentTest {

    static String full(Design design, String path) {
        return HaproxyContentTest.files(new NginxExporter(), design, ExportMode.FULL).get(path).content();
    }

    private static Design sample(String name) throws Exception {
        return HaproxyContentTest.sample(name);
    }

    @Test
    void aFrozenApplicationServerStopsGettingRequestsAtOnce() throws Exception {
        String conf = full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        // Round robin sent every other request to a frozen application until a timeout marked it failed (94 of
        // 200 waited 10 s, and HAProxy's checks through it flapped); least connections shared across workers
        // stop at the requests it already holds (2 of 200).
        assertTrue(conf.contains("    upstream app_servers {\n        least_conn;\n        zone app_servers 64k;\n"
                + "        server 10.0.4.11:8080;\n        server 10.0.4.12:8080;\n        keepalive 16;\n    }\n"),
                conf);
    }

    @Test
    void nginxGivesUpBeforeHaproxyAndRetriesOnlyWhatIsSafe() throws Exception {
        String conf = full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        assertTrue(conf.contains("        proxy_connect_timeout 2s;\n        proxy_send_timeout 4s;\n"
                + "        proxy_read_timeout 4s;\n"
                + "        proxy_next_upstream error timeout;\n        proxy_next_upstream_tries 2;\n"), conf);
        // A POST that may have reached an application is never sent to another one by Nginx.
        assertFalse(conf.contains("non_idempotent"), conf);
    }

    @Test
    void http11WithKeptAliveConnectionsAndWebSockets() throws Exception {
        String conf = full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        // HTTP/1.0 with Connection: close opened a connection to the application per request.
        assertTrue(conf.contains("        proxy_http_version 1.1;\n"), conf);
        assertTrue(conf.contains("    map $http_upgrade $connection_upgrade {\n        default upgrade;\n"
                + "        '' '';\n    }\n"), "no upgrade: an empty Connection header, so the connection stays open");
        assertTrue(conf.contains("        proxy_set_header Upgrade $http_upgrade;\n"
                + "        proxy_set_header Connection $connection_upgrade;\n"), conf);
        // An open WebSocket may idle longer than a request may wait for its answer.
        assertTrue(conf.contains("        location @app {\n            error_page 418 = @websocket;\n"
                + "            if ($http_upgrade) {\n                return 418;\n            }\n"), conf);
        assertTrue(conf.contains("        location @websocket {\n            proxy_pass http://app_servers;\n"
                + "            proxy_read_timeout 1h;\n"), conf);
    }

    @Test
    void forwardingHeadersAreBelievedOnlyFromTheLoadBalancers() throws Exception {
        String conf = full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        assertTrue(conf.contains("    geo $realip_remote_addr $from_load_balancer {\n        default 0;\n"
                + "        10.0.2.11 1;\n        10.0.2.12 1;\n    }\n"), conf);
        assertTrue(conf.contains("    map $from_load_balancer $forwarded_proto {\n        1 $http_x_forwarded_proto;\n"
                + "        default $scheme;\n    }\n"), conf);
        assertTrue(conf.contains("        real_ip_header X-Forwarded-For;\n        real_ip_recursive on;\n"), conf);
        // $http_x_forwarded_for passed forged entries on, and $proxy_add_x_forwarded_for would too (or repeat
        // the client once realip has made it $remote_addr): the application gets the one believable address.
        assertTrue(conf.contains("        proxy_set_header X-Forwarded-For $remote_addr;\n"), conf);
        assertFalse(conf.contains("$http_x_forwarded_for") || conf.contains("$proxy_add_x_forwarded_for"), conf);
        String edge = full(sample("01-simple-web-stack.infra"), "web-01/nginx.conf");
        assertTrue(edge.contains("        proxy_set_header X-Forwarded-Proto $scheme;\n"), edge);
        assertFalse(edge.contains("set_real_ip_from") || edge.contains("$from_load_balancer"), edge);
    }

    @Test
    void theSiteHasTheHygieneItLacked() throws Exception {
        String conf = full(sample("02-three-server.infra"), "web-01/nginx.conf");
        assertTrue(conf.contains("        gzip on;\n") && conf.contains("gzip_proxied any;"), "no gzip before");
        // A 2 MB POST got 413 with Nginx's 1 MB default.
        assertTrue(conf.contains("        client_max_body_size 16m;\n"), conf);
        // The static root's dotfiles (.git, .env) were served; ACME challenges must still be.
        assertTrue(conf.contains("        location ~ /\\. {\n            deny all;\n        }\n"), conf);
        assertTrue(conf.contains("        location ^~ /.well-known/ {\n            try_files $uri @app;\n"), conf);
        for (String header : new String[] {"X-Content-Type-Options $x_content_type_options",
            "X-Frame-Options $x_frame_options", "Referrer-Policy $referrer_policy"}) {
            assertTrue(conf.contains("        add_header " + header + " always;\n"), header);
        }
        // ...unless the application sets its own, which then passes alone.
        assertTrue(conf.contains("    map $upstream_http_x_frame_options $x_frame_options {\n        '' SAMEORIGIN;\n"
                + "        default '';\n    }\n"), conf);
        assertFalse(conf.contains("Strict-Transport-Security"), "no HSTS where Nginx serves no TLS");
    }

    @Test
    void theAccessLogTimesTheApplicationAndLeavesOutTheChecks() throws Exception {
        String conf = full(sample("02-three-server.infra"), "web-01/nginx.conf");
        assertTrue(conf.contains("urt=$upstream_response_time ua=$upstream_addr"), conf);
        assertTrue(conf.contains("        access_log /var/log/nginx/access.log upstream_timing if=$access_logged;\n"),
                conf);
        assertTrue(conf.contains("    map \"$from_load_balancer:$http_user_agent\" $access_logged {\n"
                + "        \"1:haproxy-health-check\" 0;\n        default 1;\n    }\n"), conf);
        // The checked path goes to the application even where a static file of that name exists.
        assertTrue(conf.contains("        location = /health {\n            proxy_pass http://app_servers;\n"), conf);
    }

    @Test
    void theTlsProfileWithDhParametersAndStapling() throws Exception {
        Design design = sample("04-scaled-up.infra");
        String conf = full(design, "web-01/nginx.conf");
        assertTrue(conf.contains("        ssl_ecdh_curve X25519:prime256v1:secp384r1;\n"
                + "        ssl_prefer_server_ciphers off;\n        ssl_dhparam /etc/nginx/ffdhe2048.pem;\n"), conf);
        assertTrue(conf.contains("        ssl_stapling on;\n        ssl_stapling_verify on;\n"
                + "        ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt;\n"), conf);
        Map<String, ExportedFile> snippets = HaproxyContentTest.files(new NginxExporter(), design, ExportMode.SNIPPET);
        // The server block names the DH file in a snippet too, so it is exported, to the same place.
        assertEquals("/etc/nginx/ffdhe2048.pem", snippets.get("web-01/ffdhe2048.pem").installPath());
        assertNull(snippets.get("web-01/sites-available/nginx-1.conf").installPath());
        assertEquals("/etc/nginx/nginx.conf", HaproxyContentTest.files(new NginxExporter(), design, ExportMode.FULL)
                .get("web-01/nginx.conf").installPath());
    }
}
