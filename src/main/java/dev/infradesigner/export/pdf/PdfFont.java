package dev.infradesigner.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one typeface of our PDFs, embedded (as a subset) so a reader needs no font of its own: Liberation
 * Sans (SIL Open Font License 1.1), which PDFBox ships inside its own jar, so nothing of the machine is
 * relied on. It covers Latin, Greek, Cyrillic and Hebrew; a character it has no glyph for (an emoji, CJK)
 * is written as its code, {@code [U+1F525]}, never dropped in silence and never an exception. Text is
 * drawn in the order it is stored: no right-to-left reordering, no shaping of joined scripts.
 */
final class PdfFont {

    /** Where PDFBox keeps the font (its fallback for forms); a test notices if a release moves it. */
    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static byte[] bytes;

    private final PDType0Font font;
    private final CmapLookup cmap;

    private PdfFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    /** The font, loaded into {@code document} (which closes it when it is closed). */
    static PdfFont load(PDDocument document) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        document.registerTrueTypeFontForClosing(ttf);
        return new PdfFont(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
    }

    private static synchronized byte[] bytes() throws IOException {
        if (bytes == null) {
            try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("the PDF font " + RESOURCE + " is missing from PDFBox's jar");
                }
                bytes = in.readAllBytes();
            }
        }
        return bytes;
    }

    PDType0Font font() {
        return font;
    }

    /**
     * {@code text} as the font can draw it: line breaks, tabs and other spaces become a space, variation
     * selectors (which only choose an emoji's look) go, and every other character without a glyph
     * (controls, emoji, scripts the font lacks, a lone surrogate) becomes {@code [U+XXXX]}.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
                return;
            } else if (Character.getType(cp) != Character.CONTROL && !(cp >= 0xD800 && cp <= 0xDFFF)
                    && !bidiControl(cp) && cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
            }
        });
        return out.toString();
    }

    /**
     * Direction marks, embeddings, overrides and isolates: PDF text has no bidi algorithm, so they would do
     * nothing on the page but reorder what a reader copies out (an override turns "evil" into "live").
     */
    private static boolean bidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The width of already {@link #printable} text at {@code size} points. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
