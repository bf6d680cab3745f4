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
 * Makes large, valid, realistic designs for benchmarks: rows of servers, each hosting a web server, an
 * application server and a database, fed by a few load balancers, with about 1.5 links per component.
 */
public final class DesignGenerator {

    private DesignGenerator() {
    }

    /** A design of about {@code size} components. */
    public static Design generate(int size) {
        List<Component> components = new ArrayList<>(size + 8);
        List<Link> links = new ArrayList<>(size * 2);
        components.add(new Component("users", "Users", null, new Bounds(0, 0, 168, 56),
                dev.infradesigner.model.Settings.defaults(ComponentKind.USERS)));
        int balancers = Math.max(1, size / 1000);
        for (int b = 0; b < balancers; b++) {
            String id = "lb-" + b;
            components.add(Component.create(id, ComponentKind.LOAD_BALANCER, "HAProxy " + b,
                    new Bounds(240, b * 80.0, 168, 56)));
            links.add(Link.of("users-" + id, "users", id, Protocol.HTTPS).onPort(443));
        }
        int stacks = Math.max(1, (size - components.size()) / 4);
        for (int s = 0; s < stacks; s++) {
            double x = 480 + (s % 100) * 420.0;
            double y = (s / 100) * 260.0;
            String server = "server-" + s;
            String web = "web-" + s;
            String app = "app-" + s;
            String db = "db-" + s;
            components.add(new Component(server, "Server " + s, null, new Bounds(x, y, 400, 240),
                    new ServerSettings("web-" + s + ".example.com", "10." + (s >> 16 & 255) + "."
                            + (s >> 8 & 255) + "." + (s & 255), "10.0.0.0/8")));
            components.add(Component.create(web, ComponentKind.WEB_SERVER, "Nginx " + s,
                    new Bounds(x + 16, y + 56, 168, 56)).withHost(server));
            components.add(Component.create(app, ComponentKind.APP_SERVER, "App " + s,
                    new Bounds(x + 200, y + 56, 168, 56)).withHost(server));
            boolean primary = s % 2 == 0;
            String source = primary ? null : "db-" + (s - 1);
            components.add(Component.create(db, ComponentKind.DATABASE, primary ? "Primary " + s : "Replica " + s,
                    new Bounds(x + 200, y + 124, 168, 56)).withHost(server)
                    .withSettings(new DatabaseSettings("mysql", primary ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA,
                            source, 3306)));
            links.add(Link.of("lb-web-" + s, "lb-" + (s % balancers), web, Protocol.HTTP));
            links.add(Link.of("web-app-" + s, web, app, Protocol.HTTP).onPort(8080));
            links.add(Link.of("app-db-" + s, app, primary ? db : "db-" + (s - 1), Protocol.MYSQL));
            if (!primary) {
                links.add(Link.of("app-read-" + s, app, db, Protocol.MYSQL).withAccess(Access.READ));
                links.add(Link.of("repl-" + s, "db-" + (s - 1), db, Protocol.REPLICATION));
            }
        }
        return new Design("Generated " + size, components, links);
    }
}
