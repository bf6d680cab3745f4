package dev.infradesigner.ui;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.ui.canvas.DesignView;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window's shell: menu bar, the design in the centre, a status bar. Feature views (canvas
 * editing, inspector, findings) plug into its regions.
 */
public final class MainWindow {

    private final Stage stage;
    private final DocumentViewModel document = new DocumentViewModel();
    private final FileActions files;
    private final DesignView designView = new DesignView();

    public MainWindow(Stage stage) {
        this.stage = stage;
        this.files = new FileActions(document, stage);
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(menuBar());
        ScrollPane scroller = new ScrollPane(designView);
        scroller.getStyleClass().add("canvas-scroller");
        scroller.setPannable(true);
        WelcomePane welcome = new WelcomePane(files);
        welcome.visibleProperty().bind(document.designProperty().map(d -> d.components().isEmpty()));
        root.setCenter(new StackPane(scroller, welcome));
        root.setBottom(statusBar());
        designView.designProperty().bind(document.designProperty());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleBinding());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    public void show() {
        stage.show();
    }

    public FileActions files() {
        return files;
    }

    public DocumentViewModel document() {
        return document;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("file-menu");
        MenuItem newItem = item("_New", "Shortcut+N", "menu-new", files::newDesign);
        MenuItem open = item("_Open\u2026", "Shortcut+O", "menu-open", files::openWithChooser);
        Menu samples = new Menu("Open _Sample");
        samples.setId("menu-open-sample");
        int n = 1;
        for (BundledSamples.Sample sample : BundledSamples.all()) {
            samples.getItems().add(item(n + ". " + sample.title(), null, "sample-" + n, () -> files.openSample(sample)));
            n++;
        }
        MenuItem save = item("_Save", "Shortcut+S", "menu-save", files::save);
        MenuItem saveAs = item("Save _As\u2026", "Shortcut+Shift+S", "menu-save-as", files::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", "menu-quit", Platform::exit);
        file.getItems().addAll(newItem, open, samples, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(document.statusProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(document.countsBinding());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, message, spacer, counts);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
