package dev.infradesigner.analysis.report;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.availability.AvailabilityWords;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit's findings as a document to share: Markdown for a pull request or a wiki, HTML for a browser
 * (the PDF is {@code export.pdf.FindingsPdf}, which uses the same wording).
 * Grouped by severity, with each finding's components, message and fix; labels are escaped.
 */
public final class FindingsReport {

    private FindingsReport() {
    }

    public static String markdown(Design design, List<Finding> findings) {
        StringBuilder md = new StringBuilder();
        md.append("# Audit of ").append(md(design.name())).append("\n\n");
        md.append(summary(findings)).append("\n");
        availability(design).ifPresent(a -> {
            md.append("\n## Availability\n\n- **Reads:** ").append(AvailabilityWords.figure(a.reads())).append("\n");
            if (a.writes() != null) {
                md.append("- **Writes:** ").append(AvailabilityWords.figure(a.writes())).append("\n");
            }
            if (!a.contributors().isEmpty()) {
                md.append("- **Most of the downtime:** ").append(md(AvailabilityWords.mostDowntime(a, 3))).append("\n");
            }
        });
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity && !f.suppressed()).toList();
            if (group.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(title(severity)).append(" (").append(group.size()).append(")\n");
            for (Finding f : group) {
                md.append("\n### `").append(f.ruleId()).append("`: ").append(md(f.title())).append("\n\n");
                md.append("- **Components:** ").append(md(labels(design, f))).append("\n");
                md.append("- **Problem:** ").append(md(f.message())).append("\n");
                md.append("- **Fix:** ").append(md(f.fix())).append("\n");
            }
        }
        List<Finding> suppressed = findings.stream().filter(Finding::suppressed).toList();
        if (!suppressed.isEmpty()) {
            md.append("\n## Suppressed (").append(suppressed.size()).append(")\n\n");
            suppressed.forEach(f -> md.append("- `").append(f.ruleId()).append("` on ").append(md(labels(design, f)))
                    .append(": ").append(md(f.suppression())).append("\n"));
        }
        return md.toString();
    }

    public static String html(Design design, List<Finding> findings) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Audit of ")
                .append(html(design.name())).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;"
                + "margin:2em auto;color:#1f2328}h3{margin-bottom:.3em}code{background:#f6f8fa;padding:0 .3em}"
                + ".error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}</style></head><body>\n");
        html.append("<h1>Audit of ").append(html(design.name())).append("</h1>\n<p>").append(summary(findings))
                .append("</p>\n");
        availability(design).ifPresent(a -> {
            html.append("<h2>Availability</h2>\n<p><b>Reads:</b> ").append(html(AvailabilityWords.figure(a.reads())));
            if (a.writes() != null) {
                html.append("<br>\n<b>Writes:</b> ").append(html(AvailabilityWords.figure(a.writes())));
            }
            if (!a.contributors().isEmpty()) {
                html.append("<br>\n<b>Most of the downtime:</b> ").append(html(AvailabilityWords.mostDowntime(a, 3)));
            }
            html.append("</p>\n");
        });
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity && !f.suppressed()).toList();
            if (group.isEmpty()) {
                continue;
            }
            html.append("<h2 class=\"").append(severity.key()).append("\">").append(title(severity)).append(" (")
                    .append(group.size()).append(")</h2>\n");
            for (Finding f : group) {
                html.append("<h3><code>").append(f.ruleId()).append("</code> ").append(html(f.title())).append("</h3>\n");
                html.append("<p><b>Components:</b> ").append(html(labels(design, f))).append("<br>\n<b>Problem:</b> ")
                        .append(html(f.message())).append("<br>\n<b>Fix:</b> ").append(html(f.fix())).append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    /** The design's availability (docs/availability.md), when the engine works it out for a design its size. */
    private static java.util.Optional<DesignAvailability> availability(Design design) {
        return DesignAvailability.ofAtMost(design, DesignAvailability.REPORTED_PARTS);
    }

    /** The counts by severity of the findings not suppressed: "3 errors, 5 warnings, 1 info". */
    public static String summary(List<Finding> findings) {
        long e = findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).count();
        long w = findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.WARNING).count();
        long i = findings.stream().filter(f -> !f.suppressed() && f.severity() == Severity.INFO).count();
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }

    /** The heading of a severity's group: "Errors", "Warnings", "Info". */
    public static String title(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Info";
        };
    }

    private static String labels(Design design, Finding f) {
        return f.componentIds().stream().map(id -> design.component(id).map(Component::label).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** Text safe in Markdown: characters that start markup are escaped, line breaks flattened. */
    static String md(String s) {
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_{}\\[\\]()#+!|<>])", "\\\\$1");
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
