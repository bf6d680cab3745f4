package dev.infradesigner.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks shared by everything that listens: at least one listener, no port twice, a certificate given
 * as a clean absolute path. An HTTPS listener without a certificate is allowed: people add the listener and
 * the certificate one after the other, in either order, and refusing the first step made HTTPS impossible to
 * set up by hand. The audit says what is missing ({@code https.missing}) and the export refuses to write a
 * TLS listener with no certificate.
 */
final class Listeners {

    private Listeners() {
    }

    static List<Listener> check(List<Listener> listeners, String certificate) {
        if (listeners == null || listeners.isEmpty()) {
            throw InvalidDesignException.of("listeners", "needs at least one listener");
        }
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < listeners.size(); i++) {
            Listener listener = listeners.get(i);
            if (listener == null) {
                throw InvalidDesignException.of("listeners[" + i + "]", "is missing");
            }
            if (!ports.add(listener.port())) {
                throw InvalidDesignException.of("listeners[" + i + "].port", "port " + listener.port()
                        + " is listed twice");
            }
        }
        if (certificate != null) {
            Checks.absolutePath("certificate", certificate);
        }
        return List.copyOf(listeners);
    }

    static boolean servesHttps(List<Listener> listeners) {
        return listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
    }

    /** The first HTTPS listener, or null. */
    static Listener firstHttps(List<Listener> listeners) {
        return listeners.stream().filter(l -> l.protocol() == Protocol.HTTPS).findFirst().orElse(null);
    }

    static boolean servesHttp(List<Listener> listeners) {
        return listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTP);
    }
}
