package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.InvalidDesignException;
import dev.infradesigner.model.Settings;
import dev.infradesigner.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the {@code settings} object of a component: the kind reads its own fields (see
 * {@link ComponentKind#read}) from a {@link JsonSettingsSource}. A field that is absent takes the kind's
 * default, so a hand-written file can stay short; a field of the wrong type or an unknown field is a problem
 * with its path.
 */
final class SettingsReader {

    private final ProblemSink problems;

    SettingsReader(ProblemSink problems) {
        this.problems = problems;
    }

    /** The settings of a {@code kind} component, or {@code null} when they have problems (reported). */
    Settings read(ComponentKind kind, JsonNode node, String path) {
        if (node == null) {
            return Settings.defaults(kind);
        }
        JsonFields f = JsonFields.of(node, path, problems);
        if (f == null) {
            return null;
        }
        String who = kind.inSentence();
        boolean one = who.startsWith("a ") || who.startsWith("an ");
        f.whenNoFields(who + (one ? " takes" : " take") + " no settings; leave the object empty or drop it");
        return kind.read(new JsonSettingsSource(f));
    }

    /** The optional {@code suppressions} list of a component or design; empty when absent. */
    List<Suppression> suppressions(JsonFields f) {
        if (!f.has("suppressions")) {
            return List.of();
        }
        return elements(f, "suppressions", g -> {
            String rule = g.text("rule", true);
            String reason = g.text("reason", true);
            return build(g, () -> new Suppression(rule, reason));
        });
    }

    /** Reads each element of an array of objects; {@code null} if absent or if any element has problems. */
    private <T> List<T> elements(JsonFields f, String field, Function<JsonFields, T> reader) {
        List<JsonNode> nodes = f.array(field, false);
        if (nodes == null) {
            return null;
        }
        List<T> values = new ArrayList<>(nodes.size());
        boolean failed = false;
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields g = JsonFields.of(nodes.get(i), f.pathOf(field) + "[" + i + "]", problems);
            T value = g == null ? null : reader.apply(g);
            failed |= value == null;
            values.add(value);
        }
        return failed ? null : values;
    }

    /**
     * Builds a value once its fields are read: reports unknown fields, and if nothing was wrong so far,
     * runs the model's own checks and reports their violations under this object's path.
     */
    static <T> T build(JsonFields f, Supplier<T> constructor) {
        f.rejectUnknown();
        if (f.hasProblems()) {
            return null;
        }
        try {
            return constructor.get();
        } catch (InvalidDesignException e) {
            e.violations().forEach(v -> f.problems().add(v.under(f.path()).path(), v.message()));
            return null;
        }
    }

}
