package dev.infradesigner.model;

/**
 * An application server: what runs the code and the port it answers on.
 *
 * @param runtime the runtime or server, for example {@code gunicorn} or {@code node}
 * @param port    the port web servers forward to
 */
public record AppServerSettings(String runtime, int port) implements Settings {

    public static final AppServerSettings DEFAULT = new AppServerSettings("gunicorn", 8080);

    public AppServerSettings {
        Checks.text("runtime", runtime, 80);
        Checks.port("port", port);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.APP_SERVER;
    }
}
