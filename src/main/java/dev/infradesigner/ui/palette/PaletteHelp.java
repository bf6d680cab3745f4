package dev.infradesigner.ui.palette;

import dev.infradesigner.model.ComponentKind;

/** The one-line explanation of each kind in the palette's tooltips, for people new to web stacks. */
final class PaletteHelp {

    private PaletteHelp() {
    }

    static String of(ComponentKind kind) {
        return switch (kind) {
            case USERS -> "Users / internet: where requests come from. Link it to what they reach first.";
            case DNS -> "DNS record: the name users type. Drag from its connector to what it points at.";
            case SERVER -> "Server: a machine that hosts components. Drop components onto it; "
                    + "when it fails, everything on it fails.";
            case LOAD_BALANCER -> "Load balancer (HAProxy): spreads requests over two or more backends.";
            case WEB_SERVER -> "Web server (Nginx): answers HTTP(S), serves static files, forwards the rest.";
            case APP_SERVER -> "Application server: runs the application code and talks to the database.";
            case CODE_BASE -> "Code base: the application's files, deployed on a server.";
            case DATABASE -> "Database (MySQL): a primary takes writes; replicas copy it and serve reads.";
            case FIREWALL -> "Firewall: on a server (host firewall) or in front of it on the traffic path.";
            case MONITORING_SERVICE -> "Monitoring service (Prometheus, Datadog...): collects what agents send.";
            case MONITORING_AGENT -> "Monitoring agent: put one on each server and link it to the service.";
        };
    }
}
