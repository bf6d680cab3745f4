package dev.infradesigner.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: the theme, snapping, recent files, and where the crash-recovery
 * copy lives. The system property {@code infradesigner.profile} picks another store, so tests never
 * touch a user's settings.
 */
public final class AppSettings {

    private static final int RECENT_LIMIT = 10;

    private final Preferences node;
    private final Path dataFolder;

    public AppSettings(String profile) {
        this.node = Preferences.userRoot().node("dev/infradesigner/" + profile);
        this.dataFolder = dataHome().resolve(profile);
    }

    /** Where the app keeps its data: {@code infradesigner.data}, else the XDG data folder. */
    private static Path dataHome() {
        String explicit = System.getProperty("infradesigner.data");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("infra-designer");
    }

    /** The settings of the profile named by {@code infradesigner.profile}, "default" when unset. */
    public static AppSettings current() {
        return new AppSettings(System.getProperty("infradesigner.profile", "default"));
    }

    public boolean darkTheme() {
        return node.getBoolean("darkTheme", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("darkTheme", dark);
    }

    public boolean snapToGrid() {
        return node.getBoolean("snapToGrid", true);
    }

    public void setSnapToGrid(boolean snap) {
        node.putBoolean("snapToGrid", snap);
    }

    /** Recently opened or saved files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (String line : node.get("recentFiles", "").split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** Puts {@code file} first among the recent files. */
    public void addRecent(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > RECENT_LIMIT) {
            files.remove(files.size() - 1);
        }
        putRecent(files);
    }

    public void removeRecent(Path file) {
        List<Path> files = recentFiles();
        files.remove(file);
        putRecent(files);
    }

    public void clearRecent() {
        putRecent(List.of());
    }

    private void putRecent(List<Path> files) {
        node.put("recentFiles", String.join("\n", files.stream().map(Path::toString).toList()));
        flush();
    }

    /** Where each window keeps the autosaved copy of its unsaved work until it is saved or discarded. */
    public Path recoveryFolder() {
        return dataFolder.resolve("recovery");
    }

    /** Forgets everything (tests start from a clean profile). */
    public void reset() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // Nothing remembered is worth stopping for.
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience; losing one is not an error the user must handle.
        }
    }
}
