package dev.infradesigner.bench;

import dev.infradesigner.model.Access;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Designs for the canvas harness, laid out as people draw them: a grid of cells, each an environment
 * with users, a load balancer and two servers hosting a web server, an application server, a database
 * and a monitoring agent, reporting to a monitoring service; about two links per component.
 */
public final class CanvasDesigns {

    /** Components per cell: users, load balancer, monitoring service, 2 servers x (server + 4 hosted). */
    static final int CELL = 13;
    private static final double CELL_WIDTH = 1500;
    private static final double CELL_HEIGHT = 560;

    private CanvasDesigns() {
    }

    public static Design generate(int size) {
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int cells = Math.max(1, Math.round(size / (float) CELL));
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(cells / 2.0)));
        for (int c = 0; c < cells; c++) {
            double x = (c % columns) * CELL_WIDTH;
            double y = (c / columns) * CELL_HEIGHT;
            String p = "c" + c + "-";
            components.add(Component.create(p + "users", ComponentKind.USERS, "Users " + c, new Bounds(x, y + 200, 168, 56)));
            components.add(Component.create(p + "lb", ComponentKind.LOAD_BALANCER, "HAProxy " + c,
                    new Bounds(x + 240, y + 200, 168, 56)));
            components.add(Component.create(p + "mon", ComponentKind.MONITORING_SERVICE, "Prometheus " + c,
                    new Bounds(x + 1260, y + 200, 168, 56)));
            links.add(Link.of(p + "users-lb", p + "users", p + "lb", Protocol.HTTP));
            for (int s = 0; s < 2; s++) {
                String q = p + "s" + s + "-";
                double sx = x + 480;
                double sy = y + s * 260;
                components.add(new Component(q + "server", "Server " + c + "." + s, null, new Bounds(sx, sy, 740, 196),
                        new ServerSettings("web-" + c + "-" + s, "10.0." + (c % 250) + "." + (10 + s), "10.0.0.0/8")));
                components.add(Component.create(q + "web", ComponentKind.WEB_SERVER, "Nginx " + c + "." + s,
                        new Bounds(sx + 16, sy + 56, 168, 56)).withHost(q + "server"));
                components.add(Component.create(q + "app", ComponentKind.APP_SERVER, "App " + c + "." + s,
                        new Bounds(sx + 196, sy + 56, 168, 56)).withHost(q + "server"));
                boolean primary = s == 0;
                components.add(Component.create(q + "db", ComponentKind.DATABASE, (primary ? "Primary " : "Replica ") + c,
                        new Bounds(sx + 376, sy + 56, 168, 56)).withHost(q + "server")
                        .withSettings(new DatabaseSettings("mysql", primary ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                                primary ? null : p + "s0-db", 3306)));
                components.add(Component.create(q + "agent", ComponentKind.MONITORING_AGENT, "Agent " + c + "." + s,
                        new Bounds(sx + 556, sy + 56, 168, 56)).withHost(q + "server"));
                links.add(Link.of(q + "lb-web", p + "lb", q + "web", Protocol.HTTP));
                links.add(Link.of(q + "web-app", q + "web", q + "app", Protocol.HTTP).onPort(8080));
                links.add(Link.of(q + "app-db", q + "app", p + "s0-db", Protocol.MYSQL));
                links.add(Link.of(q + "agent-mon", q + "agent", p + "mon", Protocol.MONITORING).onPort(9090));
                links.add(Link.of(q + "app-read", q + "app", p + "s1-db", Protocol.MYSQL).withAccess(Access.READ));
                links.add(Link.of(q + "app-app", q + "app", p + "s" + (1 - s) + "-app", Protocol.HTTP).onPort(8080));
                links.add(Link.of(q + "web-web", q + "web", p + "s" + (1 - s) + "-app", Protocol.HTTP).onPort(8080));
                links.add(Link.of(q + "lb-app", p + "lb", q + "app", Protocol.HTTP).onPort(8080));
                links.add(Link.of(q + "db-mon", q + "db", p + "mon", Protocol.MONITORING).onPort(9104));
                links.add(Link.of(q + "app-mon", q + "app", p + "mon", Protocol.MONITORING).onPort(9100));
                links.add(Link.of(q + "lb-mon", p + "lb", q + "agent", Protocol.MONITORING).onPort(9101));
            }
            links.add(Link.of(p + "repl", p + "s0-db", p + "s1-db", Protocol.REPLICATION));
        }
        return new Design("Canvas " + size, components, links);
    }
}
