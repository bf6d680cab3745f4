package dev.infradesigner.model;

import java.util.List;

/**
 * A web server (Nginx): the name it answers to, what it listens on, and where its static files live.
 *
 * @param serverName    the host name it answers to ({@code server_name})
 * @param listeners     the ports it accepts, at least one
 * @param certificate   the path of the TLS certificate (PEM), or null; an HTTPS listener needs one to work
 * @param redirectHttps whether plain HTTP is answered with a redirect to HTTPS
 * @param staticRoot    the folder of static files
 */
public record WebServerSettings(String serverName, List<Listener> listeners, String certificate,
        boolean redirectHttps, String staticRoot) implements Settings {

    /** The JSON Schema of these settings in a file (the published schema's {@code $defs/settings/web-server}). */
    static final String SCHEMA = """
            {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "serverName": {
                  "type": "string",
                  "maxLength": 253,
                  "pattern": "^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\\\.?$"
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
                "staticRoot": {
                  "$ref": "#/$defs/path"
                }
              }
            }
            """;

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

    static WebServerSettings read(SettingsSource in) {
        WebServerSettings d = DEFAULT;
        String serverName = in.text("serverName", d.serverName());
        List<Listener> listeners = in.list("listeners", Listener::read, d.listeners());
        String certificate = in.text("certificate");
        boolean redirect = in.bool("redirectHttps", d.redirectHttps());
        String root = in.text("staticRoot", d.staticRoot());
        return in.build(() -> new WebServerSettings(serverName, listeners, certificate, redirect, root));
    }

    @Override
    public void write(SettingsSink out) {
        out.text("serverName", serverName);
        out.list("listeners", listeners, Listener::write);
        out.optionalText("certificate", certificate);
        out.bool("redirectHttps", redirectHttps);
        out.text("staticRoot", staticRoot);
    }
}
