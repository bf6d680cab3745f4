package dev.infradesigner.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of one settings object being read from a file, as a settings record reads itself. It lets each
 * kind say how its settings are read next to the record (so a new kind touches no reader) while the model
 * stays free of any file format: the io layer implements it over JSON. Every read that fails is reported
 * by the source with its path and returns {@code null}, so a record reads on and every problem is seen.
 */
public interface SettingsSource {

    /** An optional text field, or {@code null} when absent (or wrong, reported). */
    String text(String field);

    /** A text field that must be there, or {@code null} (reported). */
    String requiredText(String field);

    /** An optional whole number, or {@code null} when absent (or wrong, reported). */
    Integer integer(String field);

    /** A whole number that must be there, or {@code null} (reported). */
    Integer requiredInteger(String field);

    /** An optional true/false, or {@code null} when absent (or wrong, reported). */
    Boolean bool(String field);

    /** An optional choice among {@code type}'s keys, or {@code null} when absent (or not one of them, reported). */
    <E extends Enum<E> & Keyed> E choice(String field, Class<E> type);

    /** A choice that must be there, or {@code null} (reported). */
    <E extends Enum<E> & Keyed> E requiredChoice(String field, Class<E> type);

    /** Whether the field is there (and known, so not reported as unknown). */
    boolean has(String field);

    /** Whether the field holds exactly the text {@code text} (it is then known, so not reported as unknown). */
    boolean holdsText(String field, String text);

    /** Each element of a list of objects, read by {@code element}; {@code null} when absent or any has problems. */
    <T> List<T> list(String field, Function<SettingsSource, T> element);

    /** A nested object read by {@code reader}, or {@code null} when absent or it has problems. */
    <T> T object(String field, Function<SettingsSource, T> reader);

    /**
     * Finishes this object: reports fields nobody read, and unless anything was wrong so far, makes the value
     * with {@code constructor} (its own checks reported under this object's path). {@code null} on problems.
     */
    <T> T build(Supplier<T> constructor);

    default String text(String field, String fallback) {
        String value = text(field);
        return value != null ? value : fallback;
    }

    default int integer(String field, int fallback) {
        Integer value = integer(field);
        return value != null ? value : fallback;
    }

    default boolean bool(String field, boolean fallback) {
        Boolean value = bool(field);
        return value != null ? value : fallback;
    }

    default <E extends Enum<E> & Keyed> E choice(String field, Class<E> type, E fallback) {
        E value = choice(field, type);
        return value != null ? value : fallback;
    }

    default <T> List<T> list(String field, Function<SettingsSource, T> element, List<T> fallback) {
        List<T> value = list(field, element);
        return value != null ? value : fallback;
    }

    default <T> T object(String field, Function<SettingsSource, T> reader, T fallback) {
        T value = object(field, reader);
        return value != null ? value : fallback;
    }
}
