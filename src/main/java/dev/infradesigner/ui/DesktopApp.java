package dev.infradesigner.ui;

import atlantafx.base.theme.PrimerLight;
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage);
        window.show();
        List<String> raw = getParameters().getRaw();
        if (!raw.isEmpty()) {
            window.files().open(Path.of(raw.get(0)));
        }
    }
}
