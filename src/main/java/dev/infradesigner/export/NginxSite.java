package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.List;

/**
 * One web server's site: the {@code http}-level definitions it needs ({@link NginxDefinitions}) and its
 * server blocks ({@link NginxServerBlock}), the same text whether it is pasted into {@code sites-available}
 * or wrapped into a whole {@code nginx.conf}.
 */
final class NginxSite {

    /** The upstream of the application servers a web server forwards to. */
    static final String UPSTREAM = "app_servers";

    /**
     * What both halves read from the design.
     *
     * @param toApps    the links to application servers that have an address (a server hosting them)
     * @param balancers the addresses of the load balancers in front, whose forwarding headers are believed
     * @param checked   the paths those load balancers health-check over HTTP
     */
    record Context(Design design, Component web, WebServerSettings settings, List<Link> toApps, List<String> balancers,
            List<String> checked) {

        boolean behindBalancers() {
            return !balancers.isEmpty();
        }

        boolean proxies() {
            return !toApps.isEmpty();
        }
    }

    private NginxSite() {
    }

    static String write(Design design, Component web) {
        List<Link> linked = design.linksFrom(web.id()).stream()
                .filter(l -> l.protocol().userTraffic()
                        && design.component(l.to()).orElseThrow().kind() == ComponentKind.APP_SERVER)
                .toList();
        // Nginx resolves upstream names when it starts, so an application server without an address (one
        // no server hosts) cannot be written; it is named in a comment instead.
        List<Link> toApps = linked.stream().filter(l -> design.component(l.to()).flatMap(design::hostOf).isPresent())
                .toList();
        List<String> balancers = HealthChecks.balancersInFront(design, web).stream()
                .flatMap(c -> design.hostOf(c).stream()).map(h -> h.settings(ServerSettings.class).ipAddress())
                .distinct().toList();
        Context context = new Context(design, web, web.settings(WebServerSettings.class), toApps, balancers,
                HealthChecks.checkedPaths(design, web));
        StringBuilder out = new StringBuilder();
        java.util.Set<Link> addressed = new java.util.HashSet<>(toApps);
        for (Link l : linked) {
            if (!addressed.contains(l)) {
                Component app = design.component(l.to()).orElseThrow();
                out.append("# \"").append(ConfigText.comment(app.label())).append("\" (").append(app.id())
                        .append(") has no address: host it on a server to add it to the upstream.\n");
            }
        }
        NginxDefinitions.write(out, context);
        NginxServerBlock.write(out, context);
        return out.toString();
    }
}
