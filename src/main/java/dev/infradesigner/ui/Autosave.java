package dev.infradesigner.ui;

import dev.infradesigner.ui.background.BackgroundWork;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps a copy of unsaved work in a recovery file, written in the background every 30 seconds while the
 * design has unsaved changes, and removed once the work is saved or deliberately discarded. If the app
 * dies, the next start finds the file and offers it back.
 */
public final class Autosave {

    public static final Duration INTERVAL = Duration.seconds(30);

    private final DocumentViewModel document;
    private final Path recoveryFile;
    private final Timeline timer;
    private Design lastWritten;

    public Autosave(DocumentViewModel document, Path recoveryFile) {
        this.document = document;
        this.recoveryFile = recoveryFile;
        this.timer = new Timeline(new KeyFrame(INTERVAL, e -> writeNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** Writes the recovery copy now if there is unsaved work it does not hold yet; removes it otherwise. */
    public void writeNow() {
        Design design = document.getDesign();
        if (!document.isUnsaved()) {
            discard();
            return;
        }
        if (design == lastWritten) {
            return;
        }
        lastWritten = design;
        BackgroundWork.run(() -> {
            Files.createDirectories(recoveryFile.getParent());
            DesignFiles.save(design, recoveryFile);
            return recoveryFile;
        }, saved -> { }, error -> document.setStatus("Could not write the recovery copy: " + error.getMessage()));
    }

    /** Removes the recovery copy: the work was saved, or the user chose to drop it. */
    public void discard() {
        lastWritten = null;
        try {
            Files.deleteIfExists(recoveryFile);
            Files.deleteIfExists(recoveryFile.resolveSibling(recoveryFile.getFileName() + ".bak"));
        } catch (IOException e) {
            document.setStatus("Could not remove the recovery copy: " + e.getMessage());
        }
    }

    /** The design left by a run that ended without saving, if a readable one is there. */
    public Optional<Design> leftover() {
        if (!Files.isRegularFile(recoveryFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DesignFiles.load(recoveryFile));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public Path file() {
        return recoveryFile;
    }
}
