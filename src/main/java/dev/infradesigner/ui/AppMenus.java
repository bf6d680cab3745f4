package dev.infradesigner.ui;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.ui.canvas.DesignCanvas;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Arrange, Help. Every item has an id (tests click them) and, where usual, a shortcut. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar build(FileActions files, DocumentViewModel document, EditCommands edit, DesignCanvas canvas,
            AppSettings settings, BooleanProperty darkTheme, Runnable quit,
            dev.infradesigner.ui.export.DocumentExports exports, Runnable shortcuts,
            dev.infradesigner.ui.find.FindBar find, dev.infradesigner.ui.canvas.Overview overview) {
        Menu file = fileMenu(files, settings, quit);
        Menu image = new Menu("Export _Image");
        image.setId("menu-export-image");
        image.getItems().addAll(item("PNG (1x)\u2026", null, "menu-png-1x", () -> exports.pngWithChooser(1)),
                item("PNG (2x, HiDPI)\u2026", null, "menu-png-2x", () -> exports.pngWithChooser(2)),
                item("SVG\u2026", null, "menu-svg", exports::svgWithChooser),
                item("PDF\u2026", null, "menu-pdf", exports::pdfDiagramWithChooser));
        Menu report = new Menu("Export Findings _Report");
        report.setId("menu-export-report");
        report.getItems().addAll(item("Markdown\u2026", null, "menu-report-md", exports::markdownWithChooser),
                item("HTML\u2026", null, "menu-report-html", exports::htmlWithChooser),
                item("PDF\u2026", null, "menu-report-pdf", exports::pdfReportWithChooser));
        int at = file.getItems().indexOf(file.getItems().stream().filter(i -> "menu-export".equals(i.getId()))
                .findFirst().orElseThrow()) + 1;
        file.getItems().addAll(at, java.util.List.of(image, report));
        Menu help = new Menu("_Help");
        help.setId("help-menu");
        help.getItems().add(item("_Keyboard Shortcuts", "F1", "menu-shortcuts", shortcuts));
        Menu editMenu = editMenu(document, edit, canvas);
        editMenu.getItems().addAll(new SeparatorMenuItem(),
                item("_Find\u2026", "Shortcut+F", "menu-find", find::open),
                item("Find _Next", "F3", "menu-find-next", find::next),
                item("Find Pre_vious", "Shift+F3", "menu-find-previous", find::previous));
        Menu arrange = ArrangeMenu.build(canvas);
        MenuItem tidy = item("_Tidy Up", "Shortcut+Shift+L", "menu-tidy-up",
                () -> canvas.actions().tidyUp(document::setStatus));
        tidy.disableProperty().bind(document.designProperty().map(d -> d.components().isEmpty()));
        arrange.getItems().addAll(0, java.util.List.of(tidy, new SeparatorMenuItem()));
        MenuBar bar = new MenuBar(file, editMenu, viewMenu(canvas, darkTheme, overview), arrange, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu fileMenu(FileActions files, AppSettings settings, Runnable quit) {
        Menu file = new Menu("_File");
        file.setId("file-menu");
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-open-recent");
        file.setOnShowing(e -> fillRecent(recent, files, settings));
        fillRecent(recent, files, settings);
        Menu samples = new Menu("Open _Sample");
        samples.setId("menu-open-sample");
        int n = 1;
        for (BundledSamples.Sample sample : BundledSamples.all()) {
            samples.getItems().add(item(n + ". " + sample.title(), null, "sample-" + n, () -> files.openSample(sample)));
            n++;
        }
        file.getItems().addAll(
                item("_New", "Shortcut+N", "menu-new", files::newDesign),
                item("_Open\u2026", "Shortcut+O", "menu-open", files::openWithChooser),
                recent, samples, new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", "menu-save", files::save),
                item("Save _As\u2026", "Shortcut+Shift+S", "menu-save-as", files::saveAs),
                new SeparatorMenuItem(),
                item("_Export Configuration\u2026", "Shortcut+E", "menu-export", files::exportConfiguration),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "menu-quit", quit));
        return file;
    }

    private static void fillRecent(Menu recent, FileActions files, AppSettings settings) {
        recent.getItems().clear();
        List<Path> paths = settings.recentFiles();
        int n = 1;
        for (Path path : paths) {
            MenuItem item = new MenuItem(n + ". " + path.getFileName() + "  \u2014  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setId("recent-" + n);
            item.setOnAction(e -> files.openAsked(path));
            recent.getItems().add(item);
            n++;
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent Files", null, "recent-clear", () -> {
                settings.clearRecent();
                fillRecent(recent, files, settings);
            }));
        }
    }

    private static Menu editMenu(DocumentViewModel document, EditCommands edit, DesignCanvas canvas) {
        Menu menu = new Menu("_Edit");
        menu.setId("edit-menu");
        MenuItem undo = item("_Undo", "Shortcut+Z", "menu-undo", edit::undo);
        undo.textProperty().bind(Bindings.createStringBinding(() -> document.undoTextProperty().get().isEmpty()
                ? "Undo" : "Undo " + document.undoTextProperty().get(), document.undoTextProperty()));
        undo.disableProperty().bind(document.undoTextProperty().isEmpty());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", "menu-redo", edit::redo);
        redo.textProperty().bind(Bindings.createStringBinding(() -> document.redoTextProperty().get().isEmpty()
                ? "Redo" : "Redo " + document.redoTextProperty().get(), document.redoTextProperty()));
        redo.disableProperty().bind(document.redoTextProperty().isEmpty());
        var none = canvas.actions().nothingSelected();
        MenuItem cut = item("Cu_t", "Shortcut+X", "menu-cut", edit::cut);
        MenuItem copy = item("_Copy", "Shortcut+C", "menu-copy", edit::copy);
        MenuItem paste = item("_Paste", "Shortcut+V", "menu-paste", edit::paste);
        MenuItem duplicate = item("D_uplicate", "Shortcut+D", "menu-duplicate", edit::duplicate);
        MenuItem delete = item("_Delete", "Delete", "menu-delete", edit::delete);
        MenuItem rename = item("Re_name", "F2", "menu-rename", edit::rename);
        duplicate.disableProperty().bind(none);
        rename.disableProperty().bind(none);
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                new SeparatorMenuItem(), rename, item("Select _All", "Shortcut+A", "menu-select-all", edit::selectAll));
        return menu;
    }

    private static Menu viewMenu(DesignCanvas canvas, BooleanProperty darkTheme,
            dev.infradesigner.ui.canvas.Overview overview) {
        Menu menu = new Menu("_View");
        menu.setId("view-menu");
        CheckMenuItem snap = new CheckMenuItem("Snap to _Grid");
        snap.setId("menu-snap");
        // Ctrl+Shift+G as in draw.io: Ctrl+G is Group there and Find Next elsewhere.
        snap.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("menu-dark-theme");
        dark.selectedProperty().bindBidirectional(darkTheme);
        CheckMenuItem outline = new CheckMenuItem("O_verview");
        outline.setId("menu-overview");
        outline.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        outline.selectedProperty().bindBidirectional(overview.shownProperty());
        MenuItem selected = item("Zoom to _Selection", "Shortcut+Shift+2", "menu-zoom-selection",
                canvas::zoomToSelection);
        selected.disableProperty().bind(canvas.actions().nothingSelected());
        menu.getItems().addAll(
                item("Zoom _In", "Shortcut+EQUALS", "menu-zoom-in", canvas::zoomIn),
                item("Zoom _Out", "Shortcut+MINUS", "menu-zoom-out", canvas::zoomOut),
                item("_Actual Size", "Shortcut+1", "menu-actual-size", canvas::actualSize),
                item("_Fit Design", "Shortcut+0", "menu-fit", canvas::zoomToFit), selected,
                new SeparatorMenuItem(), outline, snap, dark);
        return menu;
    }

    static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
