package hello;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline: a bare JavaFX window, packaged like Infra Designer, to compare start-up times with. */
public final class Hello extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello window");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
        stage.show();
    }
}
