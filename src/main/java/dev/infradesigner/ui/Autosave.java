package dev.infradesigner.ui;

import dev.infradesigner.io.RecoveryFiles;
import dev.infradesigner.model.Design;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps a copy of this window's unsaved work in its own recovery slot, written in the background every 30
 * seconds while the design has unsaved changes, and removed once the work is saved or deliberately
 * discarded. If the app dies, the next start finds the slot and offers it back. Every write, removal and
 * the final close run one after the other on a thread of their own, so two writes of the copy never
 * overlap and closing waits for a write in progress; a write that fails is tried again a few seconds later.
 */
public final class Autosave {

    public static final Duration INTERVAL = Duration.seconds(30);
    public static final Duration RETRY = Duration.seconds(5);

    private final DocumentViewModel document;
    private final RecoveryFiles store;
    private final Timeline timer;
    private final PauseTransition retry = new PauseTransition(RETRY);
    private final ExecutorService queue = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "infra-designer-autosave");
        thread.setDaemon(true);
        return thread;
    });
    /** Touched on the queue's thread only. */
    private RecoveryFiles.Slot slot;
    /** The design the copy holds, or is being written with; on the FX thread only. */
    private Design lastWritten;

    public Autosave(DocumentViewModel document, RecoveryFiles store) {
        this.document = document;
        this.store = store;
        this.timer = new Timeline(new KeyFrame(INTERVAL, e -> writeNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        retry.setOnFinished(e -> writeNow());
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
        retry.stop();
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
        submit(() -> {
            try {
                slot().write(design);
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (lastWritten == design) {
                        lastWritten = null;
                    }
                    document.setStatus("Could not write the recovery copy (" + message(e) + "); trying again in "
                            + (int) RETRY.toSeconds() + " s");
                    retry.playFromStart();
                });
            }
        });
    }

    /** Removes the recovery copy: the work was saved, or the user chose to drop it. */
    public void discard() {
        lastWritten = null;
        retry.stop();
        submit(() -> {
            try {
                if (slot != null) {
                    slot.clear();
                }
            } catch (Exception e) {
                Platform.runLater(() -> document.setStatus("Could not remove the recovery copy: " + message(e)));
            }
        });
    }

    /**
     * Takes over the slot of work recovered from an earlier run, so the copy stays where it was until this
     * window saves or drops the work.
     */
    public void adopt(RecoveryFiles.Slot recovered) {
        lastWritten = null;
        submit(() -> {
            closeSlot();
            slot = recovered;
        });
    }

    /**
     * Stops autosaving, waits for a write in progress, removes the copy and the slot, then runs {@code then}
     * on the FX thread: the window is closing with its work saved or dropped.
     */
    public void close(Runnable then) {
        stop();
        lastWritten = null;
        submit(() -> {
            try {
                if (slot != null) {
                    slot.discard();
                    slot = null;
                }
            } catch (Exception e) {
                // Closing goes on: a copy left behind is offered at the next start, and nothing is lost.
            }
            Platform.runLater(then);
        });
        queue.shutdown();
    }

    /** Runs {@code step} after every step before it; nothing runs once the window has closed. */
    private void submit(Runnable step) {
        if (!queue.isShutdown()) {
            queue.execute(step);
        }
    }

    public RecoveryFiles store() {
        return store;
    }

    private RecoveryFiles.Slot slot() throws java.io.IOException {
        if (slot == null) {
            slot = store.open();
        }
        return slot;
    }

    private void closeSlot() {
        try {
            if (slot != null) {
                slot.discard();
            }
        } catch (Exception e) {
            // An empty slot left behind holds no work; the next start removes it.
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
