package dev.infradesigner.cli;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import java.util.List;
import java.util.stream.Collectors;

/** The human report: per file, findings grouped by severity, each with its fix, then a one-line summary. */
final class TextReport {

    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    String render(List<AuditCommand.AuditedFile> audited) {
        StringBuilder out = new StringBuilder();
        int[] totals = new int[Severity.values().length];
        int suppressedTotal = 0;
        for (AuditCommand.AuditedFile file : audited) {
            out.append(bold(file.file() + " \u2014 " + file.design().name())).append('\n');
            if (file.findings().isEmpty()) {
                out.append("  no findings\n");
            }
            for (Severity severity : Severity.values()) {
                List<Finding> group = file.findings().stream()
                        .filter(f -> !f.suppressed() && f.severity() == severity).toList();
                if (group.isEmpty()) {
                    continue;
                }
                out.append('\n').append(paint(severity, heading(severity, group.size()))).append('\n');
                for (Finding f : group) {
                    totals[severity.ordinal()]++;
                    out.append("  ").append(paint(severity, severity.key())).append("  ")
                            .append(bold(f.ruleId())).append("  ").append(f.title()).append('\n');
                    out.append("      ").append(f.message()).append('\n');
                    if (!f.componentIds().isEmpty()) {
                        out.append("      components: ").append(f.componentIds().stream()
                                .map(id -> label(file, id)).collect(Collectors.joining(", "))).append('\n');
                    }
                    out.append("      fix: ").append(f.fix()).append('\n');
                }
            }
            if (file.availability() != null) {
                out.append('\n').append(AvailabilityText.of(file.availability())).append('\n');
            } else if (file.availabilityAsked()) {
                out.append('\n').append(AvailabilityText.TOO_LARGE).append('\n');
            }
            List<Finding> suppressed = file.findings().stream().filter(Finding::suppressed).toList();
            if (!suppressed.isEmpty()) {
                out.append('\n').append(suppressed.size()).append(" suppressed\n");
                for (Finding f : suppressed) {
                    out.append("  ").append(f.severity().key()).append("  ").append(f.ruleId()).append("  ")
                            .append(f.title()).append("  (suppressed: ").append(f.suppression()).append(")\n");
                }
                suppressedTotal += suppressed.size();
            }
            out.append('\n');
        }
        out.append(summary(totals)).append(suppressedTotal > 0 ? ", " + suppressedTotal + " suppressed" : "")
                .append('\n');
        return out.toString();
    }

    static String summary(int[] totals) {
        return plural(totals[0], "error") + ", " + plural(totals[1], "warning") + ", " + totals[2] + " info";
    }

    private static String heading(Severity severity, int count) {
        return switch (severity) {
            case ERROR -> plural(count, "error");
            case WARNING -> plural(count, "warning");
            case INFO -> count + " info";
        };
    }

    private static String plural(int count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    private static String label(AuditCommand.AuditedFile file, String id) {
        return file.design().component(id).map(Component::label).map(l -> l + " (" + id + ")").orElse(id);
    }

    private String paint(Severity severity, String text) {
        if (!colour) {
            return text;
        }
        String code = switch (severity) {
            case ERROR -> "31;1";
            case WARNING -> "33;1";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    private String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }
}
