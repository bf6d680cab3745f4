package dev.infradesigner.ui;

import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.io.RecoveryFiles;
import dev.infradesigner.io.FormatVersion;
import dev.infradesigner.analysis.fix.Fix;
import dev.infradesigner.analysis.fix.Fixes;
import dev.infradesigner.ui.canvas.DesignCanvas;
import dev.infradesigner.edit.EditRefusedException;
import dev.infradesigner.edit.Outcome;
import java.util.List;
import dev.infradesigner.ui.export.DocumentExports;
import dev.infradesigner.ui.findings.FindingsPanel;
import dev.infradesigner.ui.findings.LiveAudit;
import dev.infradesigner.ui.findings.LiveAvailability;
import dev.infradesigner.ui.inspector.Inspector;
import javafx.scene.control.SplitPane;
import dev.infradesigner.ui.palette.Palette;
import dev.infradesigner.ui.text.FullText;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu bar and toolbar, the palette on the left, the canvas in the centre, a status bar
 * (message, zoom, counts). The right side and the bottom are left for the inspector and the findings.
 * Closing with unsaved work asks first; unsaved work is autosaved for recovery after a crash.
 */
public final class MainWindow {

    private final Stage stage;
    private final DocumentViewModel document = new DocumentViewModel();
    private final AppSettings settings;
    private final Autosave autosave;
    private final FileActions files;
    private final DesignCanvas canvas = new DesignCanvas(document);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BorderPane layout = new BorderPane();
    private final LiveAudit audit = new LiveAudit();
    private final LiveAvailability availability = new LiveAvailability();
    private final DocumentExports exports;
    private final dev.infradesigner.ui.find.FindBar find = new dev.infradesigner.ui.find.FindBar(canvas);
    private final dev.infradesigner.ui.canvas.Overview overview = new dev.infradesigner.ui.canvas.Overview(canvas);

    public MainWindow(Stage stage) {
        this(stage, AppSettings.current());
    }

    public MainWindow(Stage stage, AppSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.autosave = new Autosave(document, new RecoveryFiles(settings.recoveryFolder()));
        this.files = new FileActions(document, stage, settings, autosave);
        Pane ghostLayer = new Pane();
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        StackPane root = new StackPane(layout, ghostLayer);
        root.getStyleClass().add("main-window");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.max(1280, Math.min(1480, screen.getWidth() * 0.9)),
                Math.max(800, Math.min(940, screen.getHeight() * 0.9)));
        scene.getStylesheets().addAll(MainWindow.class.getResource("app.css").toExternalForm(), KindStyles.url());
        EditCommands edit = new EditCommands(document, canvas.actions(), scene);
        edit.routeUndoKeys();
        exports = new DocumentExports(stage, canvas, document::getDesign, document::setStatus);
        layout.setTop(new VBox(AppMenus.build(files, document, edit, canvas, settings, darkTheme, this::quit, exports,
                () -> ShortcutSheet.show(stage), find, overview),
                AppToolbar.build(files, document, edit, canvas, darkTheme)));
        // The palette's icons are made now, before the theme is applied to a scene that can find them all.
        dev.infradesigner.ui.canvas.KindIcons.startIn(settings.darkTheme());
        Palette palette = new Palette(canvas.actions(), ghostLayer);
        palette.setPrefWidth(196);
        layout.setLeft(palette);
        WelcomePane welcome = new WelcomePane(files);
        welcome.visibleProperty().bind(document.designProperty().map(d -> d.components().isEmpty()));
        welcome.managedProperty().bind(welcome.visibleProperty());
        StackPane centre = new StackPane(canvas, welcome, overview, find);
        centre.getStyleClass().add("canvas-area");
        StackPane.setAlignment(welcome, javafx.geometry.Pos.CENTER);
        // Clear of the scroll bars (14 px) at the right and bottom.
        StackPane.setAlignment(find, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(find, new Insets(8, 24, 0, 0));
        StackPane.setAlignment(overview, javafx.geometry.Pos.BOTTOM_RIGHT);
        StackPane.setMargin(overview, new Insets(0, 24, 24, 0));
        audit.follow(document.designProperty());
        availability.follow(audit, canvas.whatIfProperty());
        FindingsPanel findings = new FindingsPanel(audit, f -> canvas.selectAndReveal(f.componentIds()),
                f -> Fixes.forFinding(document.getDesign(), f).map(Fix::description),
                f -> document.perform(d -> Fixes.forFinding(d, f)
                        .map(fix -> new Outcome(fix.change().apply(d), fix.description(), List.of()))
                        .orElseThrow(() -> new EditRefusedException("This finding has no automatic fix any more.")),
                        null));
        audit.resultProperty().addListener((obs, old, now) -> canvas.showBadges(now.design(), worstByComponent(now)));
        SplitPane split = new SplitPane(centre, findings);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(findings, false);
        layout.setCenter(split);
        Inspector inspector = new Inspector(canvas.selection(), document, document.designProperty());
        inspector.setPrefWidth(340);
        layout.setRight(inspector);
        layout.setBottom(statusBar());
        canvas.designProperty().bind(document.designProperty());
        canvas.whatIfProperty().addListener((obs, old, now) -> {
            if (now != null) {
                document.setStatus("What-if: " + now.failed().size() + " down \u2014 " + now.summary()
                        + ". Right-click \u25b8 End Failure Simulation to bring them back.");
            } else if (old != null) {
                document.setStatus("Failure simulation ended");
            }
        });
        CanvasContextMenu.install(canvas, edit);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), edit::redo);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+ADD"), canvas::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+PLUS"), canvas::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+EQUALS"), canvas::zoomIn);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+SUBTRACT"), canvas::zoomOut);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+NUMPAD0"), canvas::zoomToFit);
        // draw.io's Fit Window.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+H"), canvas::zoomToFit);
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleBinding());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        appIcons(stage);
        darkTheme.set(settings.darkTheme());
        ThemeSwitch.apply(scene, darkTheme.get());
        darkTheme.addListener((obs, old, dark) -> {
            settings.setDarkTheme(dark);
            ThemeSwitch.apply(scene, dark);
            canvas.themeChanged();
            overview.themeChanged();
        });
        canvas.snapToGridProperty().set(settings.snapToGrid());
        canvas.snapToGridProperty().addListener((obs, old, snap) -> settings.setSnapToGrid(snap));
        FocusKeeper.install(scene, canvas);
        document.generationProperty().addListener((obs, old, now) -> {
            // Another document: nothing of the last one's selection or what-if carries over, even where ids match.
            canvas.selection().clear();
            canvas.simulatedFailures().clear();
            canvas.requestFocus();
            Platform.runLater(canvas::showDesignStart);
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    private static void appIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var in = MainWindow.class.getResourceAsStream(
                    "/dev/infradesigner/icons/app/png/infra-designer-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && designFile(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Optional<Path> file = designFile(e.getDragboard().getFiles());
            file.ifPresent(files::openAsked);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    private static Optional<Path> designFile(java.util.List<File> dropped) {
        return dropped == null ? Optional.empty() : dropped.stream().map(File::toPath)
                .filter(p -> p.getFileName().toString().endsWith(FormatVersion.EXTENSION)).findFirst();
    }

    /** Shows the window, offers back unsaved work a crash left, then opens {@code file} (may be null). */
    public void show(Path file) {
        stage.show();
        canvas.requestFocus();
        autosave.start();
        BackgroundWork.run(this::newestLeftover, leftover -> {
            if (leftover.isPresent() && new Dialogs(stage).offerRecovery(leftover.get().design().name(),
                    leftover.get().savedAt(), leftover.get().fromBackup())) {
                RecoveryFiles.Leftover recovered = leftover.get();
                autosave.adopt(recovered.slot());
                document.showRecovered(recovered.design(), null, "Recovered \u2014 " + recovered.design().name());
                document.setStatus(recovered.fromBackup()
                        ? "Recovered the copy autosaved before the last one, which was damaged; save it to keep it"
                        : "Recovered unsaved work; save it to keep it");
            } else {
                leftover.ifPresent(l -> BackgroundWork.run(() -> {
                    l.slot().discard();
                    return l;
                }, done -> { }, error -> document.setStatus("Could not remove the recovery copy: "
                        + error.getMessage())));
                if (file != null) {
                    files.open(file);
                }
            }
        }, error -> {
            document.setStatus("Could not look for unsaved work from an earlier run: " + error.getMessage());
            if (file != null) {
                files.open(file);
            }
        });
    }

    /** The newest work earlier runs left unsaved; the others are let go, to be offered at a later start. */
    private Optional<RecoveryFiles.Leftover> newestLeftover() throws java.io.IOException {
        List<RecoveryFiles.Leftover> all = autosave.store().leftovers();
        for (RecoveryFiles.Leftover older : all.subList(Math.min(1, all.size()), all.size())) {
            older.slot().close();
        }
        return all.stream().findFirst();
    }

    public void show() {
        show(null);
    }

    /** Asks about unsaved work, then closes the window and ends the app. */
    public void quit() {
        files.whenDiscardable(() -> {
            autosave.close(() -> {
                stage.close();
                Platform.exit();
            });
        });
    }

    public FileActions files() {
        return files;
    }

    public DocumentViewModel document() {
        return document;
    }

    public DesignCanvas canvas() {
        return canvas;
    }

    public Autosave autosave() {
        return autosave;
    }

    private static java.util.Map<String, String> worstByComponent(LiveAudit.Result result) {
        java.util.Map<String, String> worst = new java.util.HashMap<>();
        for (dev.infradesigner.analysis.Finding f : result.findings()) {
            if (!f.suppressed()) {
                for (String id : f.componentIds()) {
                    worst.merge(id, f.severity().key(), (a, b) -> rank(a) <= rank(b) ? a : b);
                }
            }
        }
        return worst;
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    /** Image and report exports of the design on screen. */
    public DocumentExports exports() {
        return exports;
    }

    /** The live audit of the design on screen. */
    public LiveAudit audit() {
        return audit;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(document.statusProperty());
        message.setMinWidth(0);
        // A long status (the what-if's "Users cannot reach: ...") takes a second line, and if even that
        // is not enough, shows whole in its tooltip.
        message.setWrapText(true);
        message.setMaxHeight(Region.USE_PREF_SIZE);
        FullText.tipWhenCut(message);
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(canvas.zoomProperty().map(z -> Math.round(z.doubleValue() * 100) + "%"));
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(document.countsBinding());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label audited = new Label();
        audited.setId("status-findings");
        audited.textProperty().bind(audit.resultProperty().map(LiveAudit.Result::summary));
        audited.setMinWidth(Region.USE_PREF_SIZE);
        Label available = new Label();
        available.setId("status-availability");
        available.textProperty().bind(availability.shownProperty().map(
                LiveAvailability.Shown::text));
        Tooltip availabilityTip = new Tooltip();
        availabilityTip.textProperty().bind(availability.shownProperty().map(
                LiveAvailability.Shown::details));
        available.setTooltip(availabilityTip);
        available.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(16, message, spacer, audited, available, zoom, counts);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }
}
