package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What HAProxy's files must say for the design to keep serving through a failure, each pinned with the
 * failure it answers (docs/export.md, "Why these defaults", has the measurements).
 */
class HaproxyContentTest {

    static Design sample(String name) throws Exception {
        return DesignFiles.load(Path.of("samples", name));
    }

    static Map<String, ExportedFile> files(Exporter exporter, Design design, ExportMode mode) {
        return exporter.export(design, mode).stream().collect(Collectors.toMap(ExportedFile::path, f -> f));
    }

    static String full(Design design, String path) {
        return files(new HaproxyExporter(), design, ExportMode.FULL).get(path).content();
    }

    @Test
    void aRefusedOrFailedRequestIsSentAgainToAnotherServer() throws Exception {
        String cfg = full(sample("02-three-server.infra"), "lb-01/haproxy.cfg");
        // A killed Nginx refused 20 of 120 requests before its checks took it out; retried elsewhere, none.
        assertTrue(cfg.contains("    retries 3\n    option redispatch 1\n"), cfg);
        // A frozen server's requests time out (response-timeout) and are retried; 503 is retried because an
        // application whose database is gone answers it while its peer, reading a replica, still serves.
        assertTrue(cfg.contains("    retry-on conn-failure empty-response junk-response response-timeout "
                + "0rtt-rejected 502 503 504\n"), cfg);
        assertFalse(cfg.contains(" 500"), "a 500 is the application's own answer: sent again it fails again");
    }

    @Test
    void onlyRequestsSafeToSendTwiceAreSentAgainOnceTheyMayHaveArrived() throws Exception {
        String cfg = full(sample("02-three-server.infra"), "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("    acl replayable method GET HEAD OPTIONS PUT DELETE\n"
                + "    acl replayable req.hdr(idempotency-key) -m found\n"), cfg);
        // Without the whole body in the buffer HAProxy cannot replay a POST: 1 or 2 of the 20 keyed POSTs of a
        // run on a frozen Nginx got 504 until it waited for bodies.
        assertTrue(cfg.contains("    http-request wait-for-body time 1s if replayable\n"), cfg);
        assertTrue(cfg.contains("    http-request disable-l7-retry unless replayable\n"), cfg);
    }

    @Test
    void aFrozenServerFailsItsChecksInUnderASecondEach() throws Exception {
        String cfg = full(sample("02-three-server.infra"), "lb-01/haproxy.cfg");
        // A check timeout equal to the interval took 11.7 s to take a frozen Nginx out; now under 5 s.
        assertTrue(cfg.contains("    timeout check 750ms\n"), cfg);
        assertTrue(cfg.contains("    default-server inter 2s fastinter 250ms downinter 1s fall 2 rise 2 "
                + "init-addr last,libc,none\n"), cfg);
        // The handshake of a check over TLS counts as connecting: min(timeout connect, inter) bounds it.
        assertTrue(cfg.contains("    timeout connect 1s\n"), cfg);
        assertTrue(FailoverTimings.CHECK_TIMEOUT.toMillis() < 1000, "shorter than the shortest interval (1 s)");
        // One second intervals keep their 1 s: fast and down intervals never exceed the design's interval.
        assertEquals("1s", FailoverTimings.render(FailoverTimings.atMost(FailoverTimings.DOWN_INTERVAL, 1)));
        assertEquals("250ms", FailoverTimings.render(FailoverTimings.atMost(FailoverTimings.FAST_INTERVAL, 1)));
    }

    @Test
    void theTimeoutsFormAChainWhereTheInnerHopGivesUpFirst() throws Exception {
        String cfg = full(sample("04-scaled-up.infra"), "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("    timeout server 15s\n    timeout queue 5s\n    timeout tunnel 1h\n"), cfg);
        // Nginx's proxy timeouts (60 s by default) outlasting HAProxy's 30 s made checks flap: Nginx's wait for
        // the application, plus a quick second attempt, must end before HAProxy's wait for Nginx.
        String nginx = NginxContentTest.full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        assertTrue(nginx.contains("proxy_read_timeout 4s;") && nginx.contains("proxy_connect_timeout 2s;"), nginx);
        // Two tries of Nginx (connect and read each) end before HAProxy stops waiting: 2 x (2 s + 4 s) < 15 s.
        assertTrue(Duration.ofSeconds(4).plus(FailoverTimings.NGINX_CONNECT).multipliedBy(FailoverTimings.NGINX_TRIES)
                .compareTo(Duration.ofSeconds(15)) < 0);
    }

    @Test
    void aSlowerApplicationLengthensTheWholeChain() throws Exception {
        Design design = sample("04-scaled-up.infra");
        for (String id : java.util.List.of("app-1", "app-2")) {
            var app = design.component(id).orElseThrow();
            design = design.with(app.withSettings(new dev.infradesigner.model.AppServerSettings("gunicorn", 8080, 30)));
        }
        String nginx = NginxContentTest.full(design, "web-01/nginx.conf");
        assertTrue(nginx.contains("proxy_read_timeout 30s;") && nginx.contains("proxy_send_timeout 30s;"), nginx);
        String cfg = full(design, "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("    timeout server 66s\n"), "2 x (2 s + 30 s) + 2 s: " + cfg);
    }

    @Test
    void sessionsStuckOnADeadServerAreCutOnlyWhereNothingCouldRetryThem() throws Exception {
        Design design = sample("02-three-server.infra");
        String http = full(design, "lb-01/haproxy.cfg");
        // Measured: in HTTP mode cutting them turned requests that would have completed when a briefly frozen
        // server resumed into 502s (4 of 200 with unkeyed POSTs); a TCP stream has no retry to lose.
        assertFalse(http.contains("on-marked-down"), http);
        String tcp = full(withMode(design, BalanceMode.TCP), "lb-01/haproxy.cfg");
        assertTrue(tcp.contains(" fall 2 rise 2 init-addr last,libc,none on-marked-down shutdown-sessions\n"), tcp);
        assertFalse(tcp.contains("retry-on"), "L7 retries exist in HTTP mode only");
        assertTrue(tcp.contains("    timeout server 30s\n"), "in TCP mode an idle timeout, not a wait for an answer");
    }

    @Test
    void theMetricsFrontendAnswersForPrometheusAndForKeepalived() throws Exception {
        String cfg = full(sample("04-scaled-up.infra"), "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("\nfrontend metrics\n    mode http\n    bind :8404\n    monitor-uri /healthz\n"
                + "    monitor fail if { nbsrv(web_servers) lt 1 }\n"
                + "    http-request use-service prometheus-exporter if { path /metrics }\n"), cfg);
        assertEquals(8404, HaproxyExporter.METRICS_PORT, "the port the host firewall and the lab agree on");
    }

    @Test
    void theCheckAsksWhatNginxHandsToTheApplication() throws Exception {
        String cfg = full(sample("04-scaled-up.infra"), "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("    http-check send meth GET uri /health ver HTTP/1.1 hdr Host www.foobar.com hdr "
                + "User-Agent " + HealthChecks.USER_AGENT + "\n"), cfg);
        String nginx = NginxContentTest.full(sample("04-scaled-up.infra"), "web-01/nginx.conf");
        assertTrue(nginx.contains("\"1:" + HealthChecks.USER_AGENT + "\" 0;"), "Nginx knows the check by that name");
        assertTrue(nginx.contains("location = /health {\n            proxy_pass http://app_servers;"), nginx);
    }

    @Test
    void theBackendsCertificatesAreVerifiedForTheirOwnName() throws Exception {
        String cfg = full(sample("04-scaled-up.infra"), "lb-01/haproxy.cfg");
        assertTrue(cfg.contains("    server nginx-1 10.0.3.11:443 check ssl verify required ca-file "
                + "/etc/ssl/certs/ca-certificates.crt sni str(www.foobar.com) check-sni www.foobar.com "
                + "verifyhost www.foobar.com\n"), cfg);
        assertFalse(cfg.contains("verify none"), cfg);
        assertTrue(cfg.contains("    ssl-default-server-options ssl-min-ver TLSv1.2 no-tls-tickets\n"), cfg);
    }

    @Test
    void oneTlsProfileForHaproxyAndNginx() throws Exception {
        Design design = sample("04-scaled-up.infra");
        String cfg = full(design, "lb-01/haproxy.cfg");
        String nginx = NginxContentTest.full(design, "web-01/nginx.conf");
        assertTrue(cfg.contains("    ssl-default-bind-ciphers " + TlsProfile.TLS12_CIPHERS + "\n"), cfg);
        assertTrue(nginx.contains("ssl_ciphers " + TlsProfile.TLS12_CIPHERS + ";"), nginx);
        assertTrue(TlsProfile.TLS12_CIPHERS.endsWith("DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:"
                + "DHE-RSA-CHACHA20-POLY1305"), "Mozilla's guideline 5.7 appended DHE-RSA-CHACHA20-POLY1305");
        assertTrue(cfg.contains("    ssl-default-bind-curves X25519:prime256v1:secp384r1\n"), cfg);
        assertTrue(cfg.contains("    ssl-default-bind-options prefer-client-ciphers ssl-min-ver TLSv1.2 "
                + "no-tls-tickets\n"), cfg);
        // DHE ciphers without DH parameters were dead weight: both daemons load RFC 7919's ffdhe2048.
        assertTrue(cfg.contains("    ssl-dh-param-file /etc/haproxy/ffdhe2048.pem\n"), cfg);
        ExportedFile dh = files(new HaproxyExporter(), design, ExportMode.FULL).get("lb-01/ffdhe2048.pem");
        assertEquals("/etc/haproxy/ffdhe2048.pem", dh.installPath());
        assertTrue(dh.content().startsWith("-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEA//////////+t+FRYortKmq/cViAn"),
                dh.content());
        // HAProxy sets HSTS over TLS only, with the value Nginx sends, so replacing Nginx's changes nothing.
        assertTrue(cfg.contains("    http-response set-header Strict-Transport-Security \"max-age=63072000\" "
                + "if { ssl_fc }\n"), cfg);
        assertTrue(nginx.contains("on max-age=63072000;"), nginx);
    }

    @Test
    void onlyTheLoadBalancerSaysWhereARequestCameFrom() throws Exception {
        String cfg = full(sample("02-three-server.infra"), "lb-01/haproxy.cfg");
        // option forwardfor appends after these rules run: a client's forged entries never reach Nginx.
        for (String header : List.of("X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP", "Forwarded")) {
            assertTrue(cfg.contains("    http-request del-header " + header + "\n"), header);
        }
        assertTrue(cfg.contains("    option forwardfor\n"), cfg);
    }

    @Test
    void fullFilesSayWhereTheyAreInstalledAndSnippetsCarryTheirBackendTimeouts() throws Exception {
        Design design = sample("04-scaled-up.infra");
        assertEquals("/etc/haproxy/haproxy.cfg",
                files(new HaproxyExporter(), design, ExportMode.FULL).get("lb-01/haproxy.cfg").installPath());
        ExportedFile snippet = files(new HaproxyExporter(), design, ExportMode.SNIPPET).get("lb-01/haproxy-snippet.cfg");
        assertNull(snippet.installPath());
        // Debian's stock defaults wait 50 s for a server; the snippet's backend keeps the chain.
        assertTrue(snippet.content().contains("\nbackend web_servers\n    mode http\n    timeout connect 1s\n"
                + "    timeout server 15s\n"), snippet.content());
        assertFalse(files(new HaproxyExporter(), design, ExportMode.SNIPPET).containsKey("lb-01/ffdhe2048.pem"),
                "a snippet names no DH file: the global section is the user's");
    }

    static Design withMode(Design design, BalanceMode mode) {
        Component lb = design.componentsOf(ComponentKind.LOAD_BALANCER).get(0);
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        return design.with(lb.withSettings(new LoadBalancerSettings(s.algorithm(), mode, s.redundancy(), s.listeners(),
                s.certificate(), s.redirectHttps(), s.healthCheck(), s.floatingIp())));
    }
}
