package dev.infradesigner.model;

import java.util.List;

/**
 * A web server (Nginx): the name it answers to, what it listens on, and where its static files live.
 *
 * @param serverName    the host name it answers to ({@code server_name})
 * @param listeners     the ports it accepts, at least one
 * @param certificate   the path of the TLS certificate (PEM), required when a listener speaks HTTPS
 * @param redirectHttps whether plain HTTP is answered with a redirect to HTTPS
 * @param staticRoot    the folder of static files
 */
public record WebServerSettings(String serverName, List<Listener> listeners, String certificate,
        boolean redirectHttps, String staticRoot) implements Settings {

    public static final WebServerSettings DEFAULT = new WebServerSettings("www.example.com",
            List.of(Listener.http(80)), null, false, "/var/www/html");

    public WebServerSettings {
        Checks.hostname("serverName", serverName);
        listeners = Listeners.check(listeners, certificate);
        Checks.absolutePath("staticRoot", staticRoot);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.WEB_SERVER;
    }

    public boolean servesHttps() {
        return Listeners.servesHttps(listeners);
    }

    public boolean servesHttp() {
        return Listeners.servesHttp(listeners);
    }
}
