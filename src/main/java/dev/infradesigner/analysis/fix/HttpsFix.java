package dev.infradesigner.analysis.fix;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTPS at the entry point: a 443 listener with a certificate and HTTP redirected to HTTPS on the load
 * balancer (or web server) users reach, and users' links switched to HTTPS on 443.
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
        String description = onlyLinks && targets.size() == 1 ? EntryLinks.description(design, targets.get(0).id())
                + (redirects(targets.get(0)) ? "" : " and redirect HTTP to HTTPS")
                : "Enable HTTPS with a redirect on " + names;
        return Optional.of(new Fix(description, d -> {
            Design next = d;
            for (Component target : targets) {
                Component now = next.component(target.id()).orElseThrow();
                next = EntryLinks.toHttps(next.with(now.withSettings(secured(next, now))), now.id());
            }
            return next;
        }));
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
