package dev.infradesigner.ui.findings;

import dev.infradesigner.analysis.availability.AvailabilityWords;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.model.Design;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import dev.infradesigner.analysis.WhatIf;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The availability of the design on screen, worked out on a thread of its own after each audit has shown
 * its findings, so it never delays them; a figure that finishes after a newer design arrived is dropped.
 */
public final class LiveAvailability {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "infra-designer-availability");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown",
            new Shown(null, null, Set.of()));
    private Design design;
    private Set<String> failed = Set.of();
    private final AtomicLong latest = new AtomicLong();

    /**
     * The figure for a design, with the parts a what-if has failed down for certain: {@code availability} is
     * {@code null} while there is no design, or when it has more parts than the engine works out today.
     */
    public record Shown(Design design, DesignAvailability availability, Set<String> failed) {

        public Shown {
            failed = Set.copyOf(failed);
        }

        /** "Availability 99.4455%" for the status bar ("Availability with 2 down ..." in a what-if). */
        public String text() {
            if (design == null) {
                return "";
            }
            String what = failed.isEmpty() ? "Availability" : "Availability with " + failed.size() + " down";
            return availability == null ? what + ": not worked out"
                    : what + " " + AvailabilityWords.percent(availability.reads().value());
        }

        /** Both figures and what drives the downtime, for the status bar's tooltip. */
        public String details() {
            if (design == null) {
                return "";
            }
            if (availability == null) {
                return "The availability is worked out for designs of up to " + DesignAvailability.REPORTED_PARTS
                        + " parts on users' paths (docs/availability.md).";
            }
            StringBuilder out = new StringBuilder("Reads: ").append(AvailabilityWords.figure(availability.reads()));
            if (availability.writes() != null) {
                out.append("\nWrites: ").append(AvailabilityWords.figure(availability.writes()));
            }
            String most = AvailabilityWords.mostDowntime(availability, 3);
            if (!most.isEmpty()) {
                out.append("\nMost of the downtime: ").append(most);
            }
            return out.append("\nWith each kind's default availability (docs/availability.md).").toString();
        }
    }

    /**
     * Follows the audits (each one shown asks for its design's availability) and the what-if (the parts it
     * fails are down for certain while it lasts).
     */
    public void follow(LiveAudit audit, ObservableValue<WhatIf> whatIf) {
        audit.resultProperty().addListener((obs, old, now) -> {
            design = now.design();
            request();
        });
        whatIf.addListener((obs, old, now) -> {
            failed = now == null ? Set.of() : now.failed();
            request();
        });
        design = audit.resultProperty().get().design();
        request();
    }

    private void request() {
        long ticket = latest.incrementAndGet();
        Design design = this.design;
        Set<String> failed = this.failed;
        if (design == null) {
            shown.set(new Shown(null, null, Set.of()));
            return;
        }
        worker.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            DesignAvailability figure;
            try {
                figure = DesignAvailability.ofAtMost(design, DesignAvailability.REPORTED_PARTS,
                        DesignAvailability.withFailed(failed)).orElse(null);
            } catch (RuntimeException e) {
                figure = null;
            }
            DesignAvailability done = figure;
            Platform.runLater(() -> {
                if (ticket == latest.get()) {
                    shown.set(new Shown(design, done, failed));
                }
            });
        });
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
