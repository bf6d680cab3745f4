package dev.infradesigner.ui.export;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.report.FindingsReport;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.export.SvgDiagram;
import dev.infradesigner.model.Design;
import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.ui.canvas.DesignCanvas;
import java.awt.image.BufferedImage;
import dev.infradesigner.export.pdf.DiagramPdf;
import dev.infradesigner.export.pdf.FindingsPdf;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * The diagram as a PNG (1x or 2x), SVG or PDF, and the findings as a Markdown, HTML or PDF report. Only
 * taking the screen image happens on the FX thread; encoding, auditing and writing run in the background.
 */
public final class DocumentExports {

    private final Window owner;
    private final DesignCanvas canvas;
    private final Supplier<Design> design;
    private final Consumer<String> status;
    private SaveLocation location = this::chooseWithDialog;

    /** Where to save an export: the system's save dialog, or a test's answer in its place. */
    @FunctionalInterface
    public interface SaveLocation {
        /**
         * @param title   the dialog's title
         * @param what    the kind of file, such as "PDF document"
         * @param pattern its file name pattern, such as {@code *.pdf}
         * @param name    the file name to offer
         * @return the chosen file, or empty when the user cancels
         */
        java.util.Optional<Path> choose(String title, String what, String pattern, String name);
    }

    public DocumentExports(Window owner, DesignCanvas canvas, Supplier<Design> design, Consumer<String> status) {
        this.owner = owner;
        this.canvas = canvas;
        this.design = design;
        this.status = status;
    }

    public void pngWithChooser(int scale) {
        choose("Export the diagram as PNG", "PNG image", "*.png", suffix(scale) + ".png").ifPresent(p -> png(p, scale));
    }

    public void svgWithChooser() {
        choose("Export the diagram as SVG", "SVG image", "*.svg", ".svg").ifPresent(this::svg);
    }

    public void markdownWithChooser() {
        choose("Export the findings as Markdown", "Markdown", "*.md", "-audit.md").ifPresent(this::markdown);
    }

    public void htmlWithChooser() {
        choose("Export the findings as HTML", "HTML", "*.html", "-audit.html").ifPresent(this::html);
    }

    public void pdfReportWithChooser() {
        choose("Export the findings as PDF", "PDF document", "*.pdf", "-audit.pdf").ifPresent(this::pdfReport);
    }

    public void pdfDiagramWithChooser() {
        choose("Export the diagram as PDF", "PDF document", "*.pdf", ".pdf").ifPresent(this::pdfDiagram);
    }

    /** Replaces the save dialog (tests answer it with a path; the system dialog cannot be driven headless). */
    public void setSaveLocation(SaveLocation location) {
        this.location = location;
    }

    private static String suffix(int scale) {
        return scale == 1 ? "" : "@" + scale + "x";
    }

    /** Writes the diagram at {@code scale} to {@code file}; calls {@code done} on the FX thread when written. */
    public void png(Path file, int scale, Runnable done) {
        WritableImage image = canvas.snapshotDiagram(scale);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        write(file, target -> {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            out.setRGB(0, 0, w, h, pixels, 0, w);
            if (!ImageIO.write(out, "png", target.toFile())) {
                throw new java.io.IOException("no PNG writer");
            }
        }, "Exported the diagram (" + w + "\u00d7" + h + ") to " + file, done);
    }

    public void png(Path file, int scale) {
        png(file, scale, () -> { });
    }

    public void svg(Path file) {
        Design d = design.get();
        write(file, target -> Files.writeString(target, SvgDiagram.of(d), StandardCharsets.UTF_8),
                "Exported the diagram to " + file, () -> { });
    }

    public void markdown(Path file) {
        Design d = design.get();
        write(file, target -> Files.writeString(target, FindingsReport.markdown(d, audit(d)), StandardCharsets.UTF_8),
                "Exported the findings to " + file, () -> { });
    }

    public void html(Path file) {
        Design d = design.get();
        write(file, target -> Files.writeString(target, FindingsReport.html(d, audit(d)), StandardCharsets.UTF_8),
                "Exported the findings to " + file, () -> { });
    }

    public void pdfReport(Path file) {
        Design d = design.get();
        ZonedDateTime now = ZonedDateTime.now();
        write(file, target -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                FindingsPdf.write(d, audit(d), now, out);
            }
        }, "Exported the findings to " + file, () -> { });
    }

    public void pdfDiagram(Path file) {
        Design d = design.get();
        ZonedDateTime now = ZonedDateTime.now();
        write(file, target -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                DiagramPdf.write(d, now, out);
            }
        }, "Exported the diagram to " + file, () -> { });
    }

    private static List<Finding> audit(Design d) {
        return new Auditor().audit(d);
    }

    /** Writes the export into the path it is given (a temporary sibling of the chosen file). */
    private interface Writing {
        void to(Path target) throws Exception;
    }

    private void write(Path file, Writing writing, String message, Runnable done) {
        status.accept("Exporting " + file.getFileName() + "\u2026");
        BackgroundWork.run(() -> {
            // Written beside the target, then moved over it: a reader never sees half a file.
            Path temp = file.resolveSibling("." + file.getFileName() + ".part");
            try {
                writing.to(temp);
            } catch (Exception e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        }, written -> {
            status.accept(message);
            done.run();
        }, error -> status.accept("Could not export " + file.getFileName() + ": " + error.getMessage()));
    }

    private java.util.Optional<Path> choose(String title, String what, String pattern, String ending) {
        String name = design.get().name().replaceAll("[^A-Za-z0-9 ._-]", "").trim();
        return location.choose(title, what, pattern, (name.isEmpty() ? "design" : name) + ending);
    }

    private java.util.Optional<Path> chooseWithDialog(String title, String what, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName(name);
        File chosen = chooser.showSaveDialog(owner);
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }
}
