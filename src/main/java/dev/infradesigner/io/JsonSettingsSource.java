package dev.infradesigner.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.model.SettingsSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A settings object of a file as the kinds read it: {@link JsonFields}, problems and paths included. */
final class JsonSettingsSource implements SettingsSource {

    private final JsonFields f;

    JsonSettingsSource(JsonFields f) {
        this.f = f;
    }

    @Override
    public String text(String field) {
        return f.text(field, false);
    }

    @Override
    public String requiredText(String field) {
        return f.text(field, true);
    }

    @Override
    public Integer integer(String field) {
        return f.integer(field, false);
    }

    @Override
    public Integer requiredInteger(String field) {
        return f.integer(field, true);
    }

    @Override
    public Boolean bool(String field) {
        return f.bool(field, false);
    }

    @Override
    public <E extends Enum<E> & Keyed> E choice(String field, Class<E> type) {
        return f.choice(field, type, false);
    }

    @Override
    public <E extends Enum<E> & Keyed> E requiredChoice(String field, Class<E> type) {
        return f.choice(field, type, true);
    }

    @Override
    public boolean has(String field) {
        return f.has(field);
    }

    @Override
    public boolean holdsText(String field, String text) {
        JsonNode raw = f.raw(field);
        if (raw != null && raw.isTextual() && raw.textValue().equals(text)) {
            f.has(field);
            return true;
        }
        return false;
    }

    @Override
    public <T> List<T> list(String field, Function<SettingsSource, T> element) {
        List<JsonNode> nodes = f.array(field, false);
        if (nodes == null) {
            return null;
        }
        List<T> values = new ArrayList<>(nodes.size());
        boolean failed = false;
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields g = JsonFields.of(nodes.get(i), f.pathOf(field) + "[" + i + "]", f.problems());
            T value = g == null ? null : element.apply(new JsonSettingsSource(g));
            failed |= value == null;
            values.add(value);
        }
        return failed ? null : values;
    }

    @Override
    public <T> T object(String field, Function<SettingsSource, T> reader) {
        JsonNode node = f.raw(field);
        if (node == null) {
            return null;
        }
        JsonFields g = JsonFields.of(node, f.pathOf(field), f.problems());
        return g == null ? null : reader.apply(new JsonSettingsSource(g));
    }

    @Override
    public <T> T build(Supplier<T> constructor) {
        return SettingsReader.build(f, constructor);
    }
}
