package dev.infradesigner.ui.find;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which components a find query names. People look for what they read on a card or in a ticket: a label, an
 * id, a host name, an address, a domain, a kind. The query is plain text (no pattern syntax, so nothing a user
 * types can fail), matched case-insensitively as a substring. Matches come in reading order, top to bottom
 * and left to right, so "next" walks the design the way the eye does.
 */
public final class ComponentMatches {

    private ComponentMatches() {
    }

    /** The ids of the components that {@code query} matches; none for a blank query. */
    public static List<String> of(Design design, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty() || design == null) {
            return List.of();
        }
        return design.components().stream().filter(c -> matches(c, needle))
                .sorted(Comparator.comparingDouble((Component c) -> c.bounds().y())
                        .thenComparingDouble(c -> c.bounds().x()))
                .map(Component::id).toList();
    }

    private static boolean matches(Component c, String needle) {
        if (has(c.id(), needle) || has(c.label(), needle) || has(c.kind().key(), needle)
                || has(c.kind().displayName(), needle)) {
            return true;
        }
        if (c.settings() instanceof ServerSettings s) {
            return has(s.hostname(), needle) || has(s.ipAddress(), needle);
        }
        if (c.settings() instanceof DnsSettings s) {
            return has(s.domain(), needle) || has(s.target(), needle);
        }
        if (c.settings() instanceof WebServerSettings s) {
            return has(s.serverName(), needle);
        }
        return false;
    }

    private static boolean has(String field, String needle) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(needle);
    }
}
