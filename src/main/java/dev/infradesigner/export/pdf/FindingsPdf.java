package dev.infradesigner.export.pdf;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.availability.AvailabilityWords;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.report.FindingsReport;
import dev.infradesigner.export.pdf.PdfPages.Run;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The audit's findings as a PDF to hand to someone without the app: per design a title, when it was made,
 * the counts by severity, then each finding (rule id, severity, title, components, problem, fix) grouped
 * by severity, and the suppressed ones with their reasons. The same content as the Markdown and HTML
 * reports of {@link FindingsReport}; labels are the user's and may hold anything (see {@link PdfFont}).
 */
public final class FindingsPdf {

    /** One design's audit. */
    public record Audit(Design design, List<Finding> findings) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    private FindingsPdf() {
    }

    /** Writes the report of one design's findings, made at {@code when}. */
    public static void write(Design design, List<Finding> findings, ZonedDateTime when, OutputStream out)
            throws IOException {
        write(List.of(new Audit(design, findings)), when, out);
    }

    /** Writes one report of several designs, each from a new page. */
    public static void write(List<Audit> audits, ZonedDateTime when, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFont font = PdfFont.load(document);
            PdfPages pages = new PdfPages(document, font);
            for (Audit audit : audits) {
                pages.newPage();
                report(pages, audit, when);
            }
            if (audits.isEmpty()) {
                pages.newPage();
            }
            String title = audits.size() == 1 ? "Audit of " + audits.get(0).design().name()
                    : "Audit of " + audits.size() + " designs";
            pages.finish(title + " \u00b7 Infra Designer");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(font.printable(title));
            info.setCreator("Infra Designer");
            info.setCreationDate(GregorianCalendar.from(when));
            document.save(out);
        }
    }

    private static void report(PdfPages pages, Audit audit, ZonedDateTime when) throws IOException {
        Design design = audit.design();
        pages.paragraph(20, 0, Run.bold("Audit of " + design.name()));
        pages.gap(4);
        pages.paragraph(9.5f, 0, new Run("Design \u201c" + design.name() + "\u201d, " + design.components().size()
                + " components, " + design.links().size() + " links. Audited by Infra Designer on "
                + WHEN.format(when) + ".", false, PdfPages.MUTED));
        pages.gap(8);
        pages.paragraph(12, 0, Run.bold(FindingsReport.summary(audit.findings())),
                Run.plain(suppressedCount(audit.findings())));
        DesignAvailability a = DesignAvailability.ofAtMost(design, DesignAvailability.REPORTED_PARTS).orElse(null);
        if (a != null) {
            pages.gap(4);
            pages.paragraph(10.5f, 0, Run.bold("Availability: "), Run.plain("reads " + AvailabilityWords.figure(a.reads())
                    + (a.writes() == null ? "" : "; writes " + AvailabilityWords.figure(a.writes())) + "."));
            if (!a.contributors().isEmpty()) {
                pages.paragraph(10, 0, Run.bold("Most of the downtime: "), Run.plain(AvailabilityWords.mostDowntime(a, 3)
                        + "."));
            }
        }
        pages.rule();
        boolean any = false;
        for (Severity severity : Severity.values()) {
            List<Finding> group = audit.findings().stream().filter(f -> f.severity() == severity && !f.suppressed())
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            any = true;
            pages.keep(80);
            pages.gap(6);
            pages.paragraph(14, 0, new Run(FindingsReport.title(severity) + " (" + group.size() + ")", true,
                    colour(severity)));
            for (Finding f : group) {
                finding(pages, design, f);
            }
        }
        if (!any) {
            pages.paragraph(11, 0, Run.plain("No findings: nothing the audit knows of is wrong."));
        }
        List<Finding> suppressed = audit.findings().stream().filter(Finding::suppressed).toList();
        if (!suppressed.isEmpty()) {
            pages.keep(80);
            pages.gap(6);
            pages.paragraph(14, 0, new Run("Suppressed (" + suppressed.size() + ")", true, PdfPages.MUTED));
            for (Finding f : suppressed) {
                pages.keep(48);
                pages.gap(6);
                pages.paragraph(10.5f, 0, new Run(f.ruleId(), true, colour(f.severity())),
                        Run.plain(" (" + f.severity().key() + ") on " + labels(design, f)));
                pages.paragraph(10, 12, Run.bold("Accepted because: "), Run.plain(f.suppression()));
            }
        }
    }

    private static void finding(PdfPages pages, Design design, Finding f) throws IOException {
        pages.keep(72);
        pages.gap(8);
        pages.paragraph(11, 0, new Run(f.ruleId(), true, colour(f.severity())),
                new Run("  " + f.severity().key() + "  ", false, PdfPages.MUTED), Run.bold(f.title()));
        pages.paragraph(10, 12, Run.bold("Components: "), Run.plain(labels(design, f)));
        pages.paragraph(10, 12, Run.bold("Problem: "), Run.plain(f.message()));
        pages.paragraph(10, 12, Run.bold("Fix: "), Run.plain(f.fix()));
    }

    private static String suppressedCount(List<Finding> findings) {
        long n = findings.stream().filter(Finding::suppressed).count();
        return n == 0 ? "" : ", " + n + " suppressed";
    }

    private static String labels(Design design, Finding f) {
        String labels = f.componentIds().stream().map(id -> design.component(id).map(Component::label).orElse(id))
                .collect(Collectors.joining(", "));
        return labels.isEmpty() ? "the design as a whole" : labels;
    }

    private static Color colour(Severity severity) {
        return switch (severity) {
            case ERROR -> new Color(0xcf222e);
            case WARNING -> new Color(0x9a6700);
            case INFO -> new Color(0x0969da);
        };
    }
}
