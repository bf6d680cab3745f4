package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One element of a design: a server, a load balancer, a database... Immutable; an edit makes a new one.
 *
 * @param id       the stable id, unique in its design (links and hosting refer to it)
 * @param label    the name people see
 * @param hostId   the id of the server that hosts it, or {@code null}
 * @param bounds   where it is drawn
 * @param settings the settings of its kind; they decide the kind
 * @param suppressions audit findings accepted for this component, each with its reason
 */
public record Component(String id, String label, String hostId, Bounds bounds, Settings settings,
        List<Suppression> suppressions) {

    /** A component without suppressions. */
    public Component(String id, String label, String hostId, Bounds bounds, Settings settings) {
        this(id, label, hostId, bounds, settings, List.of());
    }

    public Component {
        List<Violation> violations = new ArrayList<>();
        InvalidDesignException.collect(violations, () -> Checks.id("id", id));
        InvalidDesignException.collect(violations, () -> Checks.label("label", label));
        if (bounds == null) {
            violations.add(new Violation("bounds", "is missing"));
        }
        if (settings == null) {
            violations.add(new Violation("settings", "is missing"));
        } else if (hostId != null) {
            InvalidDesignException.collect(violations, () -> Checks.id("host", hostId));
            if (!settings.kind().hostable()) {
                violations.add(new Violation("host", settings.kind().inSentence() + " cannot be hosted on a server"));
            }
        }
        if (suppressions == null) {
            violations.add(new Violation("suppressions", "is missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidDesignException(violations);
        }
        suppressions = List.copyOf(suppressions);
    }

    /** A new, unhosted component of {@code kind} with default settings. */
    public static Component create(String id, ComponentKind kind, String label, Bounds bounds) {
        return new Component(id, label, null, bounds, Settings.defaults(kind));
    }

    public ComponentKind kind() {
        return settings.kind();
    }

    public boolean hosted() {
        return hostId != null;
    }

    public Component withLabel(String newLabel) {
        return new Component(id, newLabel, hostId, bounds, settings, suppressions);
    }

    public Component withHost(String newHostId) {
        return new Component(id, label, newHostId, bounds, settings, suppressions);
    }

    public Component withBounds(Bounds newBounds) {
        return new Component(id, label, hostId, newBounds, settings, suppressions);
    }

    public Component withSettings(Settings newSettings) {
        Objects.requireNonNull(newSettings, "settings");
        return new Component(id, label, hostId, bounds, newSettings, suppressions);
    }

    public Component withSuppressions(List<Suppression> newSuppressions) {
        return new Component(id, label, hostId, bounds, settings, newSuppressions);
    }

    /** The settings as their record type, for callers that already know the kind. */
    public <S extends Settings> S settings(Class<S> type) {
        return type.cast(settings);
    }
}
