package dev.infradesigner.model;

import java.util.List;

/**
 * A load balancer (HAProxy): how it spreads requests over its backends and what it listens on.
 *
 * @param algorithm     how a backend is picked
 * @param mode          HTTP (layer 7) or TCP (layer 4)
 * @param redundancy    active-active (all backends take traffic) or active-passive (standbys wait)
 * @param listeners     the ports it accepts, at least one
 * @param certificate   the path of the TLS certificate (PEM), or null; an HTTPS listener needs one to work
 * @param redirectHttps whether plain HTTP is answered with a redirect to HTTPS
 * @param healthCheck   how backends are checked
 * @param floatingIp    the virtual address shared with a peer (keepalived/VRRP), or {@code null}
 */
public record LoadBalancerSettings(Algorithm algorithm, BalanceMode mode, Redundancy redundancy,
        List<Listener> listeners, String certificate, boolean redirectHttps, HealthCheck healthCheck,
        String floatingIp) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/load-balancer}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "algorithm": {
                  "enum": [
                    "round-robin",
                    "least-connections",
                    "source-hash"
                  ]
                },
                "mode": {
                  "enum": [
                    "http",
                    "tcp"
                  ]
                },
                "redundancy": {
                  "enum": [
                    "active-active",
                    "active-passive"
                  ]
                },
                "listeners": {
                  "$ref": "#/$defs/listeners"
                },
                "certificate": {
                  "$ref": "#/$defs/path"
                },
                "redirectHttps": {
                  "type": "boolean"
                },
                "healthCheck": {
                  "$ref": "#/$defs/healthCheck"
                },
                "floatingIp": {
                  "$ref": "#/$defs/ip"
                }
              }
            }
            """;

    public static final LoadBalancerSettings DEFAULT = new LoadBalancerSettings(Algorithm.ROUND_ROBIN,
            BalanceMode.HTTP, Redundancy.ACTIVE_ACTIVE, List.of(Listener.http(80)), null, false,
            HealthCheck.DEFAULT, null);

    public LoadBalancerSettings {
        if (algorithm == null) {
            throw InvalidDesignException.of("algorithm", "is missing");
        }
        if (mode == null) {
            throw InvalidDesignException.of("mode", "is missing");
        }
        if (redundancy == null) {
            throw InvalidDesignException.of("redundancy", "is missing");
        }
        listeners = Listeners.check(listeners, certificate);
        if (healthCheck == null) {
            throw InvalidDesignException.of("healthCheck", "is missing");
        }
        if (floatingIp != null) {
            Checks.ipAddress("floatingIp", floatingIp);
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.LOAD_BALANCER;
    }

    public boolean servesHttps() {
        return Listeners.servesHttps(listeners);
    }

    /** Whether it listens for HTTPS and has the certificate to do it with. */
    public boolean tlsReady() {
        return servesHttps() && certificate != null;
    }

    /** Its first HTTPS listener, or null when it has none. */
    public Listener httpsListener() {
        return Listeners.firstHttps(listeners);
    }

    public boolean servesHttp() {
        return Listeners.servesHttp(listeners);
    }

    static LoadBalancerSettings read(SettingsSource in) {
        LoadBalancerSettings d = DEFAULT;
        Algorithm algorithm = in.choice("algorithm", Algorithm.class, d.algorithm());
        BalanceMode mode = in.choice("mode", BalanceMode.class, d.mode());
        Redundancy redundancy = in.choice("redundancy", Redundancy.class, d.redundancy());
        List<Listener> listeners = in.list("listeners", Listener::read, d.listeners());
        String certificate = in.text("certificate");
        boolean redirect = in.bool("redirectHttps", d.redirectHttps());
        HealthCheck healthCheck = in.object("healthCheck", HealthCheck::read, d.healthCheck());
        String floatingIp = in.text("floatingIp");
        return in.build(() -> new LoadBalancerSettings(algorithm, mode, redundancy, listeners, certificate,
                redirect, healthCheck, floatingIp));
    }

    @Override
    public void write(SettingsSink out) {
        out.choice("algorithm", algorithm);
        out.choice("mode", mode);
        out.choice("redundancy", redundancy);
        out.list("listeners", listeners, Listener::write);
        out.optionalText("certificate", certificate);
        out.bool("redirectHttps", redirectHttps);
        out.object("healthCheck", healthCheck::write);
        out.optionalText("floatingIp", floatingIp);
    }
}
