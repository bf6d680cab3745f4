package dev.infradesigner.ui.inspector;

import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.Transport;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line text form of the list settings, typed in the inspector: listeners as
 * {@code 80 http, 443 https}; firewall rules as {@code 22/tcp from 10.0.0.0/8, 443/tcp from any, any/udp from any}.
 */
final class ListSyntax {

    private ListSyntax() {
    }

    static String listeners(List<Listener> listeners) {
        return String.join(", ", listeners.stream().map(l -> l.port() + " " + l.protocol().key()).toList());
    }

    static List<Listener> parseListeners(String text) {
        List<Listener> result = new ArrayList<>();
        for (String part : items(text)) {
            String[] words = part.trim().split("\\s+");
            if (words.length != 2) {
                throw InvalidDesignException.of("listeners", "\"" + part.trim() + "\" is not PORT PROTOCOL, as in 443 https");
            }
            Protocol protocol = Keyed.parse(Protocol.class, words[1].toLowerCase()).orElseThrow(() ->
                    InvalidDesignException.of("listeners", "\"" + words[1] + "\" is not a protocol (http, https, tcp)"));
            result.add(new Listener(port(words[0], "listeners"), protocol));
        }
        return result;
    }

    static String rules(List<FirewallRule> rules) {
        return String.join(", ", rules.stream().map(r -> (r.port() == null ? "any" : r.port().toString()) + "/"
                + r.transport().key() + " from " + r.source()).toList());
    }

    static List<FirewallRule> parseRules(String text) {
        List<FirewallRule> result = new ArrayList<>();
        for (String part : items(text)) {
            String[] words = part.trim().split("\\s+");
            String[] portAndTransport = words[0].split("/");
            if (words.length != 3 || !words[1].equalsIgnoreCase("from") || portAndTransport.length != 2) {
                throw InvalidDesignException.of("rules", "\"" + part.trim() + "\" is not PORT/TRANSPORT from SOURCE, "
                        + "as in 443/tcp from any");
            }
            Integer port = portAndTransport[0].equalsIgnoreCase("any") ? null : port(portAndTransport[0], "rules");
            Transport transport = Keyed.parse(Transport.class, portAndTransport[1].toLowerCase()).orElseThrow(() ->
                    InvalidDesignException.of("rules", "\"" + portAndTransport[1] + "\" is not tcp or udp"));
            result.add(new FirewallRule(port, transport, words[2]));
        }
        return result;
    }

    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                items.add(part);
            }
        }
        return items;
    }

    private static int port(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidDesignException.of(field, "\"" + text + "\" is not a port (1-65535)");
        }
    }
}
