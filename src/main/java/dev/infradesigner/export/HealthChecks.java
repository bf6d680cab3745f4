package dev.infradesigner.export;

import dev.infradesigner.model.BalanceMode;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import java.util.List;

/**
 * What HAProxy's HTTP health check and the Nginx behind it agree on. The check is only worth something if it
 * takes the path real requests take: Nginx must hand the check's path to the application (a static file of
 * that name, or a missing one, would answer instead), and must know a check from a visitor to keep checks out
 * of the access log.
 */
final class HealthChecks {

    /** The User-Agent HAProxy's checks send; Nginx leaves requests from a load balancer with it out of its log. */
    static final String USER_AGENT = "haproxy-health-check";

    private HealthChecks() {
    }

    /** Whether {@code lb} sends HTTP checks (not plain TCP connects) to its backends. */
    static boolean httpChecks(Component lb) {
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        return s.healthCheck().enabled() && s.mode() == BalanceMode.HTTP;
    }

    /** The load balancers that link to {@code web}, in design order. */
    static List<Component> balancersInFront(Design design, Component web) {
        return design.linksTo(web.id()).stream().filter(l -> l.protocol().userTraffic())
                .map(l -> design.component(l.from()).orElseThrow())
                .filter(c -> c.kind() == ComponentKind.LOAD_BALANCER).distinct().toList();
    }

    /**
     * The paths (without query) that load balancers in front of {@code web} check over HTTP, each once. Nginx
     * matches locations on the path alone.
     */
    static List<String> checkedPaths(Design design, Component web) {
        return balancersInFront(design, web).stream().filter(HealthChecks::httpChecks)
                .map(lb -> pathOnly(lb.settings(LoadBalancerSettings.class).healthCheck().path())).distinct().toList();
    }

    static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
