package dev.infradesigner.model;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where a settings record writes its fields, in the order they appear in the file. The counterpart of
 * {@link SettingsSource}: each kind writes its own settings, the io layer turns the calls into JSON.
 */
public interface SettingsSink {

    void text(String field, String value);

    /** Writes {@code value}, or nothing when it is {@code null}. */
    void optionalText(String field, String value);

    void number(String field, int value);

    void bool(String field, boolean value);

    void choice(String field, Keyed value);

    /** A list of objects, each written by {@code element}. */
    <T> void list(String field, List<T> items, BiConsumer<T, SettingsSink> element);

    /** A nested object written by {@code body}. */
    void object(String field, Consumer<SettingsSink> body);
}
