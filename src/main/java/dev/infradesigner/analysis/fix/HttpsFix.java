package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTPS at the entry point: a 443 listener with a certificate and HTTP redirected to HTTPS on the load
 * balancer (or web server) users reach, and users' links switched to HTTPS on 443. Behind a load balancer
 * it re-encrypts to the web servers too (an HTTPS listener and certificate on each, HTTPS links to them):
 * TLS ending at the load balancer would leave a finding of the fix's own, plain text behind it.
 */
final class HttpsFix {

    private HttpsFix() {
    }

    static Optional<Fix> forEntry(Design design, List<String> ids) {
        List<Component> targets = ids.stream().map(id -> design.component(id).orElse(null))
                .filter(c -> c != null && (c.kind() == ComponentKind.LOAD_BALANCER || c.kind() == ComponentKind.WEB_SERVER))
                .toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(" and ", targets.stream().map(Component::label).toList());
        boolean onlyLinks = targets.stream().allMatch(EntryLinks::ready);
        boolean behind = targets.stream().anyMatch(t -> t.kind() == ComponentKind.LOAD_BALANCER
                && design.linksFrom(t.id()).stream().anyMatch(l -> l.protocol() == Protocol.HTTP
                        && design.component(l.to()).filter(c -> c.kind() == ComponentKind.WEB_SERVER).isPresent()));
        String description = onlyLinks && targets.size() == 1 && !behind
                ? EntryLinks.description(design, targets.get(0).id())
                + (redirects(targets.get(0)) ? "" : " and redirect HTTP to HTTPS")
                : "Enable HTTPS with a redirect on " + names + (behind ? ", re-encrypting to its web servers" : "");
        return Optional.of(new Fix(description, d -> {
            Design next = d;
            for (Component target : targets) {
                Component now = next.component(target.id()).orElseThrow();
                next = EntryLinks.toHttps(next.with(now.withSettings(secured(next, now))), now.id());
                if (now.kind() == ComponentKind.LOAD_BALANCER) {
                    next = reencrypted(next, now.id());
                }
            }
            return next;
        }));
    }

    /** {@code design} with the plain HTTP links from the load balancer to web servers on HTTPS, and those on TLS. */
    private static Design reencrypted(Design design, String lbId) {
        Design next = design;
        for (Link l : design.linksFrom(lbId)) {
            Component backend = next.component(l.to()).orElseThrow();
            if (l.protocol() != Protocol.HTTP || !(backend.settings() instanceof WebServerSettings w)) {
                continue;
            }
            List<Listener> listeners = new ArrayList<>(w.listeners());
            if (w.httpsListener() == null) {
                listeners.add(Listener.https(443));
            }
            Component tls = backend.withSettings(new WebServerSettings(w.serverName(), listeners,
                    certificate(next, backend, w.certificate()), w.redirectHttps(), w.staticRoot()));
            int port = listeners.stream().filter(x -> x.protocol() == Protocol.HTTPS).findFirst().orElseThrow().port();
            next = next.with(tls).with(new Link(l.id(), l.from(), l.to(), Protocol.HTTPS, port, l.access(), l.standby()));
        }
        return next;
    }

    private static boolean redirects(Component c) {
        return c.settings() instanceof LoadBalancerSettings s ? s.redirectHttps()
                : c.settings() instanceof WebServerSettings w && w.redirectHttps();
    }

    static Optional<Fix> redirect(Design design, String id) {
        return design.component(id).filter(c -> c.kind() == ComponentKind.LOAD_BALANCER
                || c.kind() == ComponentKind.WEB_SERVER).map(c -> new Fix("Redirect HTTP to HTTPS on " + c.label(),
                d -> {
                    Component now = d.component(id).orElseThrow();
                    return d.with(now.withSettings(secured(d, now)));
                }));
    }

    private static String certificate(Design design, Component target, String current) {
        if (current != null) {
            return current;
        }
        String domain = design.componentsOf(ComponentKind.DNS).stream()
                .map(c -> c.settings(DnsSettings.class)).filter(s -> target.id().equals(s.target()))
                .map(DnsSettings::domain).findFirst()
                .orElse(target.settings() instanceof WebServerSettings w ? w.serverName() : "site");
        return "/etc/ssl/private/" + domain.replaceAll("[^A-Za-z0-9.-]", "") + ".pem";
    }

    private static List<Listener> withHttps(List<Listener> listeners) {
        List<Listener> next = new ArrayList<>(listeners);
        if (next.stream().noneMatch(l -> l.protocol() == Protocol.HTTPS)) {
            next.add(Listener.https(443));
        }
        if (next.stream().noneMatch(l -> l.protocol() == Protocol.HTTP)) {
            next.add(0, Listener.http(80));
        }
        return next;
    }

    private static dev.infradesigner.model.Settings secured(Design design, Component c) {
        if (c.settings() instanceof LoadBalancerSettings s) {
            return new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(), withHttps(s.listeners()),
                    certificate(design, c, s.certificate()), true, s.healthCheck(), s.floatingIp());
        }
        WebServerSettings w = c.settings(WebServerSettings.class);
        return new WebServerSettings(w.serverName(), withHttps(w.listeners()), certificate(design, c, w.certificate()),
                true, w.staticRoot());
    }
}
