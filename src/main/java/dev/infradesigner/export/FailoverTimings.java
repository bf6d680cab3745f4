package dev.infradesigner.export;

import dev.infradesigner.model.AppServerSettings;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.time.Duration;

/**
 * The timeouts of the whole request path, kept in one place because they only work as a chain: each hop must
 * give up before the hop in front of it does, or the front hop times out first, answers 504 and marks a
 * healthy server down (which is what the old 60-second Nginx default behind HAProxy's 30 seconds did). The
 * figures behind each value are in docs/export.md, "Why these defaults".
 */
final class FailoverTimings {

    /**
     * HAProxy's connect timeout, TLS handshake included. A health check's handshake may take min(this,
     * interval), and a frozen TLS backend accepts the TCP connection but never finishes the handshake: at 3 s
     * its two failed checks took 7 s, at 1 s under 5. A lost SYN costs a retry on another server, not a failure.
     */
    static final Duration HAPROXY_CONNECT = Duration.ofSeconds(1);

    /**
     * HAProxy's least wait for a web server's answer: short enough that a request stuck on a frozen web server
     * is retried elsewhere within seconds rather than half a minute; {@link #haproxyServer} lengthens it for
     * slower applications.
     */
    static final Duration HAPROXY_SERVER = Duration.ofSeconds(15);

    /** HAProxy's client-side inactivity timeout. */
    static final Duration HAPROXY_CLIENT = Duration.ofSeconds(30);

    /** How long a request may wait for a free server slot before it is answered 503 instead of hanging. */
    static final Duration HAPROXY_QUEUE = Duration.ofSeconds(5);

    /** An upgraded connection (WebSocket) may be idle this long at both proxies. */
    static final Duration TUNNEL = Duration.ofHours(1);

    /**
     * How long a health check may take once connected: shorter than any interval (1 s at least), so a frozen
     * server (which still accepts connections) fails its checks quickly instead of after a full interval each.
     */
    static final Duration CHECK_TIMEOUT = Duration.ofMillis(750);

    /** The interval between checks once a server has failed one, so the second failure follows quickly. */
    static final Duration FAST_INTERVAL = Duration.ofMillis(250);

    /** The interval between checks of a server that is down, so it returns quickly once it recovers. */
    static final Duration DOWN_INTERVAL = Duration.ofSeconds(1);

    /** Consecutive failed checks that take a server out, and passed checks that bring it back. */
    static final int FALL = 2;
    static final int RISE = 2;

    /** Nginx's connect timeout to an application server on the LAN; a dead host is tried for this long. */
    static final Duration NGINX_CONNECT = Duration.ofSeconds(2);

    /**
     * Nginx's wait between two reads from (or writes to) the applications behind a web server: the longest
     * of their {@code timeoutSeconds}. Nginx has no active health checks: it learns that an application server
     * stopped answering only when a request to it times out, so this is also how long a frozen one (which
     * still accepts connections) stays in rotation. Measured in the lab with sample 04: at 10 s a frozen
     * application server kept receiving a request now and then for 5 to 8.5 s; at 4 s it left within 4.5 s.
     */
    static Duration nginxRead(Design design, Component web) {
        int longest = design.linksFrom(web.id()).stream().map(l -> design.component(l.to()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.APP_SERVER)
                .mapToInt(c -> c.settings(AppServerSettings.class).timeoutSeconds()).max()
                .orElse(AppServerSettings.DEFAULT_TIMEOUT_SECONDS);
        return Duration.ofSeconds(longest);
    }

    /**
     * HAProxy's wait for a web server's answer: at least {@link #HAPROXY_SERVER}, and longer than the web
     * servers behind it can take to try their applications ({@link #NGINX_TRIES} connects and reads), so their
     * own retry or 504 arrives first.
     */
    static Duration haproxyServer(Design design, Component lb) {
        Duration longest = design.linksFrom(lb.id()).stream().map(l -> design.component(l.to()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.WEB_SERVER).map(w -> nginxRead(design, w))
                .max(Duration::compareTo).orElse(Duration.ZERO);
        Duration chain = longest.plus(NGINX_CONNECT).multipliedBy(NGINX_TRIES).plusSeconds(2);
        return chain.compareTo(HAPROXY_SERVER) > 0 ? chain : HAPROXY_SERVER;
    }

    /** Application servers Nginx tries for one request (idempotent requests only, once sent). */
    static final int NGINX_TRIES = 2;

    private FailoverTimings() {
    }

    /** A duration as HAProxy and Nginx write it: {@code 750ms}, {@code 15s}, {@code 1h}. */
    static String render(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    /** {@code d}, or the design's check interval where that is shorter: no check waits longer than the design asks. */
    static Duration atMost(Duration d, int intervalSeconds) {
        Duration interval = Duration.ofSeconds(intervalSeconds);
        return d.compareTo(interval) < 0 ? d : interval;
    }
}
