package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.availability.AvailabilityWords;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.availability.Estimate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code availability.below-target}: the design says what availability it aims at, and its availability
 * for reads (docs/availability.md) is below that, for certain (the upper bound is, when the figure is not
 * exact). The finding names the parts that cost the most of the downtime, where redundancy pays first. A
 * design with no target, or too large for today's engine, is not checked.
 */
public final class BelowTargetRule implements AuditRule {

    @Override
    public String id() {
        return "availability.below-target";
    }

    @Override
    public String title() {
        return "Availability below target";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Optional<Double> target = context.design().availabilityTarget();
        if (target.isEmpty()) {
            return;
        }
        Optional<DesignAvailability> figure = DesignAvailability.ofAtMost(context.design(),
                DesignAvailability.REPORTED_PARTS);
        if (figure.isEmpty() || figure.get().reads().upper() >= target.get()) {
            return;
        }
        DesignAvailability a = figure.get();
        double allowed = (1 - target.get()) * Estimate.HOURS_PER_YEAR;
        List<String> ids = a.contributors().stream().limit(3).map(c -> c.component().id()).toList();
        String most = AvailabilityWords.mostDowntime(a, 3);
        report.accept(finding(Severity.WARNING, "The availability for reads is "
                + AvailabilityWords.figure(a.reads()) + ", below the design's target of "
                + AvailabilityWords.percent(target.get()) + " (" + AvailabilityWords.hours(allowed) + " a year)"
                + (most.isEmpty() ? "." : ": most of the downtime is " + most
                        + "."), "Make the parts that cost the most downtime redundant"
                        + (ids.isEmpty() ? "" : ", " + AuditContext.quote(context.component(ids.get(0))) + " first")
                        + " (the single-point-of-failure findings say how), or set the target to what users need.",
                ids));
    }
}
