package dev.infradesigner.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks shared by everything that listens: at least one listener, no port twice, TLS needs a certificate. */
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
        } else if (listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS)) {
            throw InvalidDesignException.of("certificate", "an HTTPS listener needs a certificate");
        }
        return List.copyOf(listeners);
    }

    static boolean servesHttps(List<Listener> listeners) {
        return listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTPS);
    }

    static boolean servesHttp(List<Listener> listeners) {
        return listeners.stream().anyMatch(l -> l.protocol() == Protocol.HTTP);
    }
}
