package dev.infradesigner.model;

import java.util.Objects;

/**
 * One broken rule, named by where it is ({@code components[3].settings.port}) so that a person can find
 * and fix it in the file or the editor.
 *
 * @param path    where the problem is, relative to what was being built; empty for the whole thing
 * @param message what is wrong, in words a person understands
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation seen from one level up: {@code port} under {@code settings} is {@code settings.port}. */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(prefix, message);
        }
        return new Violation(path.startsWith("[") ? prefix + path : prefix + "." + path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
