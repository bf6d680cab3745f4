package dev.infradesigner.model;

import java.util.List;

/** Small designs for tests, built with the model's own API. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Bounds at(double x, double y) {
        return new Bounds(x, y, 168, 56);
    }

    public static Component component(String id, ComponentKind kind) {
        return Component.create(id, kind, id, at(0, 0));
    }

    public static Component hosted(String id, ComponentKind kind, String host) {
        return component(id, kind).withHost(host);
    }

    public static Component server(String id, String ip) {
        return component(id, ComponentKind.SERVER)
                .withSettings(new ServerSettings(id, ip, "10.0.0.0/8"))
                .withBounds(new Bounds(0, 0, 400, 300));
    }

    /** Users, a server with a web server, an application server and a primary database. */
    public static Design simpleStack() {
        return new Design("Simple", List.of(
                component("users", ComponentKind.USERS),
                server("server-1", "10.0.0.10"),
                hosted("web", ComponentKind.WEB_SERVER, "server-1"),
                hosted("app", ComponentKind.APP_SERVER, "server-1"),
                hosted("db", ComponentKind.DATABASE, "server-1")),
                List.of(Link.of("l1", "users", "web", Protocol.HTTP),
                        Link.of("l2", "web", "app", Protocol.HTTP).onPort(8080),
                        Link.of("l3", "app", "db", Protocol.MYSQL)));
    }
}
