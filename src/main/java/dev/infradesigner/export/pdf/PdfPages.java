package dev.infradesigner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text laid out on A4 pages, top to bottom: paragraphs of styled runs wrapped at word boundaries (a word
 * wider than the line is broken between characters), a new page when the next line does not fit, and
 * "page i of n" at the foot of every page once the text is done.
 */
final class PdfPages {

    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x59636e);
    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;

    /** A piece of a paragraph in one style. */
    record Run(String text, boolean bold, Color colour) {

        static Run plain(String text) {
            return new Run(text, false, TEXT);
        }

        static Run bold(String text) {
            return new Run(text, true, TEXT);
        }
    }

    private final PDDocument document;
    private final PdfFont font;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream page;
    private float y;

    PdfPages(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    /** Starts a new page (the first call starts the first). */
    void newPage() throws IOException {
        closePage();
        PDPage next = new PDPage(size);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = size.getHeight() - MARGIN;
    }

    /** Moves down by {@code points}, or to a new page if that is where the next text goes anyway. */
    void gap(float points) throws IOException {
        y -= points;
        if (y < MARGIN) {
            newPage();
        }
    }

    /** A new page unless {@code points} of height are left on this one: a heading stays with its text. */
    void keep(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage();
        }
    }

    /** The runs as one paragraph at {@code fontSize}, indented by {@code indent}, wrapped to the page. */
    void paragraph(float fontSize, float indent, Run... runs) throws IOException {
        float width = size.getWidth() - 2 * MARGIN - indent;
        float lineHeight = fontSize * LEADING;
        for (List<Run> line : wrap(List.of(runs), fontSize, width)) {
            if (y - lineHeight < MARGIN) {
                newPage();
            }
            y -= lineHeight;
            float x = MARGIN + indent;
            for (Run run : line) {
                draw(run, x, y + (lineHeight - fontSize) / 2, fontSize);
                x += font.width(run.text(), fontSize);
            }
        }
    }

    /** A thin line across the page. */
    void rule() throws IOException {
        gap(6);
        page.setStrokingColor(new Color(0xd0d7de));
        page.setLineWidth(0.6f);
        page.moveTo(MARGIN, y);
        page.lineTo(size.getWidth() - MARGIN, y);
        page.stroke();
        gap(6);
    }

    /** Ends the text: the last page is closed and every page gets its footer. */
    void finish(String footer) throws IOException {
        closePage();
        int n = document.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String left = fit(font.printable(footer), 8, size.getWidth() / 2);
                String right = "Page " + (i + 1) + " of " + n;
                write(foot, new Run(left, false, MUTED), MARGIN, MARGIN / 2, 8);
                write(foot, new Run(right, false, MUTED), size.getWidth() - MARGIN - font.width(right, 8),
                        MARGIN / 2, 8);
            }
        }
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    private void draw(Run run, float x, float baseline, float fontSize) throws IOException {
        write(page, run, x, baseline, fontSize);
    }

    private void write(PDPageContentStream out, Run run, float x, float baseline, float fontSize) throws IOException {
        if (run.text().isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font.font(), fontSize);
        out.setNonStrokingColor(run.colour());
        if (run.bold()) {
            // The font has no bold face: the glyphs are stroked as well as filled, a little wider.
            out.setStrokingColor(run.colour());
            out.setLineWidth(fontSize * 0.035f);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, baseline);
        out.showText(run.text());
        out.endText();
    }

    /** The lines of the paragraph, each a list of runs (pieces of the given runs, printable). */
    List<List<Run>> wrap(List<Run> runs, float fontSize, float width) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float x = 0;
        for (Run run : runs) {
            String text = font.printable(run.text()).replaceAll(" {2,}", " ");
            for (String token : text.split("(?<= )|(?= )")) {
                if (token.isEmpty() || token.equals(" ") && line.isEmpty()) {
                    continue;
                }
                float w = font.width(token, fontSize);
                if (x + w > width && !token.equals(" ") && !line.isEmpty()) {
                    lines.add(trimEnd(line));
                    line = new ArrayList<>();
                    x = 0;
                }
                while (w > width) {
                    // A word longer than the line: as much as fits, then the rest on the next lines.
                    String head = fit(token, fontSize, width);
                    lines.add(List.of(new Run(head, run.bold(), run.colour())));
                    token = token.substring(head.length());
                    w = font.width(token, fontSize);
                }
                if (token.equals(" ") && x + w > width) {
                    continue;
                }
                append(line, new Run(token, run.bold(), run.colour()));
                x += w;
            }
        }
        if (!line.isEmpty()) {
            lines.add(trimEnd(line));
        }
        return lines;
    }

    /** The longest start of {@code text} no wider than {@code width} (at least one character). */
    private String fit(String text, float fontSize, float width) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (font.width(text.substring(0, next), fontSize) > width) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private static void append(List<Run> line, Run run) {
        if (!line.isEmpty()) {
            Run last = line.get(line.size() - 1);
            if (last.bold() == run.bold() && last.colour().equals(run.colour())) {
                line.set(line.size() - 1, new Run(last.text() + run.text(), run.bold(), run.colour()));
                return;
            }
        }
        line.add(run);
    }

    private static List<Run> trimEnd(List<Run> line) {
        List<Run> out = new ArrayList<>(line);
        Run last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.bold(), last.colour()));
        return out;
    }
}
