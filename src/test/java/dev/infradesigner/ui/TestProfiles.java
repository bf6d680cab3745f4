package dev.infradesigner.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

/** Settings stores of their own for tests, so a test run never reads or changes a user's settings. */
public final class TestProfiles {

    private TestProfiles() {
    }

    public static AppSettings fresh() {
        AppSettings settings = new AppSettings("test-" + UUID.randomUUID());
        settings.reset();
        try {
            if (Files.isDirectory(settings.recoveryFolder())) {
                try (var files = Files.list(settings.recoveryFolder())) {
                    for (java.nio.file.Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.deleteIfExists(settings.recoveryFolder());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return settings;
    }
}
