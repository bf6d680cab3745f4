package dev.infradesigner.ui.findings;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Audits the design after every change, on a background thread against the immutable snapshot, never on
 * the FX thread. Changes in quick succession are debounced; a run that finishes after a newer design
 * arrived is dropped, so the findings always belong to the design on screen.
 */
public final class LiveAudit {

    /** How long the design must rest before it is audited. */
    public static final Duration DEBOUNCE = Duration.millis(150);

    private final Function<Design, List<Finding>> auditor;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "infra-designer-audit");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result",
            new Result(null, List.of()));
    private final AtomicLong latest = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private Design pending;

    /** The findings and the design they belong to. */
    public record Result(Design design, List<Finding> findings) {

        public long count(Severity severity) {
            return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
        }

        /** "3 errors, 2 warnings, 1 info", or "No findings". */
        public String summary() {
            long e = count(Severity.ERROR);
            long w = count(Severity.WARNING);
            long i = count(Severity.INFO);
            if (e + w + i == 0) {
                return design == null ? "" : "No findings";
            }
            return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
        }
    }

    public LiveAudit() {
        this(new Auditor()::audit);
    }

    /** With another audit function (tests watch which thread runs it). */
    public LiveAudit(Function<Design, List<Finding>> auditor) {
        this.auditor = auditor;
        debounce.setOnFinished(e -> runNow());
    }

    /** Audits every design {@code designs} takes from now on (and the current one). */
    public void follow(ObservableValue<Design> designs) {
        designs.addListener((obs, old, now) -> request(now));
        request(designs.getValue());
    }

    /** Asks for an audit of {@code design} once changes rest. */
    public void request(Design design) {
        pending = design;
        latest.incrementAndGet();
        debounce.playFromStart();
    }

    private void runNow() {
        Design design = pending;
        long ticket = latest.get();
        if (design == null) {
            return;
        }
        worker.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            List<Finding> findings;
            try {
                findings = auditor.apply(design);
            } catch (RuntimeException e) {
                findings = List.of();
            }
            List<Finding> done = findings;
            Platform.runLater(() -> {
                if (ticket == latest.get()) {
                    result.set(new Result(design, done));
                }
            });
        });
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    ObjectProperty<Result> writableResult() {
        return result;
    }
}
