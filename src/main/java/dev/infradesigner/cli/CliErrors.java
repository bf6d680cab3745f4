package dev.infradesigner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One clear line for what went wrong in a command, as a person at a terminal wants it: the path and what
 * to do, not a Java stack trace (that comes only with {@code --debug}).
 */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (cause instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied (choose a folder you may write to)";
        }
        if (cause instanceof NotDirectoryException f) {
            return f.getFile() + ": is a file, not a folder";
        }
        if (cause instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (cause instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be written" : lowerFirst(f.getReason());
            return (f.getFile() == null ? "" : f.getFile() + ": ") + reason;
        }
        if (cause instanceof IOException) {
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return "internal error: " + cause + " (run again with --debug for the details, and please report it)";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
