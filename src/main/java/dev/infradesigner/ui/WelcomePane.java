package dev.infradesigner.ui;

import dev.infradesigner.io.BundledSamples;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What an empty design shows: how to begin, with the samples one click away, so a new user never faces
 * a blank canvas wondering what to do.
 */
final class WelcomePane extends VBox {

    WelcomePane(FileActions files) {
        super(10);
        setId("welcome");
        getStyleClass().add("welcome-pane");
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label title = new Label("Design web infrastructure, audit it, export its configuration");
        title.getStyleClass().add("welcome-title");
        Label hint = new Label("Drag components from the palette onto the canvas (drop them on a server to host them there),\n"
                + "then drag from a component's right-edge dot to another to link them. Or start from a sample:");
        hint.getStyleClass().add("welcome-hint");
        getChildren().addAll(title, hint);
        int n = 1;
        for (BundledSamples.Sample sample : BundledSamples.all()) {
            Button open = new Button(n + ". " + sample.title());
            open.setId("welcome-sample-" + n);
            open.getStyleClass().add("welcome-sample");
            open.setMaxWidth(Double.MAX_VALUE);
            open.setOnAction(e -> files.openSample(sample));
            getChildren().add(open);
            n++;
        }
    }
}
