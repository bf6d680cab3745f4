package dev.infradesigner.model;

/**
 * A port a load balancer or web server accepts connections on, and how it speaks there.
 *
 * @param port     the port, 1-65535
 * @param protocol {@link Protocol#HTTP}, {@link Protocol#HTTPS} or {@link Protocol#TCP}
 */
public record Listener(int port, Protocol protocol) {

    public Listener {
        Checks.port("port", port);
        if (protocol == null) {
            throw InvalidDesignException.of("protocol", "is missing");
        }
        if (protocol != Protocol.HTTP && protocol != Protocol.HTTPS && protocol != Protocol.TCP) {
            throw InvalidDesignException.of("protocol", "a listener speaks http, https or tcp, not "
                    + protocol.key());
        }
    }

    public static Listener http(int port) {
        return new Listener(port, Protocol.HTTP);
    }

    public static Listener https(int port) {
        return new Listener(port, Protocol.HTTPS);
    }

    static Listener read(SettingsSource in) {
        Integer port = in.requiredInteger("port");
        Protocol protocol = in.requiredChoice("protocol", Protocol.class);
        return in.build(() -> new Listener(port, protocol));
    }

    static void write(Listener l, SettingsSink out) {
        out.number("port", l.port());
        out.choice("protocol", l.protocol());
    }
}
