package dev.infradesigner.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.infradesigner.model.Keyed;
import dev.infradesigner.model.SettingsSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Settings as a kind writes them, turned into JSON fields of the object being written. A failed write
 * surfaces as {@link UncheckedIOException} (the kinds' writers know nothing of I/O); the writer unwraps it.
 */
final class JsonSettingsSink implements SettingsSink {

    private final JsonGenerator g;

    JsonSettingsSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void text(String field, String value) {
        run(() -> g.writeStringField(field, value));
    }

    @Override
    public void optionalText(String field, String value) {
        if (value != null) {
            text(field, value);
        }
    }

    @Override
    public void number(String field, int value) {
        run(() -> g.writeNumberField(field, value));
    }

    @Override
    public void bool(String field, boolean value) {
        run(() -> g.writeBooleanField(field, value));
    }

    @Override
    public void choice(String field, Keyed value) {
        text(field, value.key());
    }

    @Override
    public <T> void list(String field, List<T> items, BiConsumer<T, SettingsSink> element) {
        run(() -> g.writeArrayFieldStart(field));
        for (T item : items) {
            run(g::writeStartObject);
            element.accept(item, this);
            run(g::writeEndObject);
        }
        run(g::writeEndArray);
    }

    @Override
    public void object(String field, Consumer<SettingsSink> body) {
        run(() -> g.writeObjectFieldStart(field));
        body.accept(this);
        run(g::writeEndObject);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
