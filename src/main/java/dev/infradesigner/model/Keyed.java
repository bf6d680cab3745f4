package dev.infradesigner.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A constant with a stable external name (an enum constant, or a component kind). Files, the CLI and the
 * audit use these names, so they must never change once released, whatever the Java constant is called.
 */
public interface Keyed {

    /** The stable name, lower case and hyphenated (for example {@code round-robin}). */
    String key();

    /** Finds the constant of {@code type} whose key is {@code key}. */
    static <E extends Enum<E> & Keyed> Optional<E> parse(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The keys of every constant of {@code type}, for error messages ("one of a, b, c"). */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
    }
}
