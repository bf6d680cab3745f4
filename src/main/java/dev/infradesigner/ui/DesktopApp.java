package dev.infradesigner.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started through {@link #launch(String[])} by the jar's plain main class, because
 * a main class that extends {@link Application} cannot start with JavaFX on the class path.
 */
public final class DesktopApp extends Application {

    /** Opens the app; a first argument is a design file to open at start. */
    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage);
        List<String> raw = getParameters().getRaw();
        window.show(raw.isEmpty() ? null : Path.of(raw.get(0)));
    }
}
