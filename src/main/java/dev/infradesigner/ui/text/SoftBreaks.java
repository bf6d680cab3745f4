package dev.infradesigner.ui.text;

/**
 * Where a long name may break across lines: after the dots, dashes and slashes inside it, so a card shows
 * "www.foobar." over "com" rather than "www.foobar.c" over "om". JavaFX wraps text at white space only and
 * otherwise cuts a word at any letter, so a hair space (U+200A: white space, a pixel or so wide) after each
 * separator of a long word gives it a better place. Words of fewer than {@value #LONG} characters are left
 * alone: they fit a card's line as they are. For text on show only, never for what is stored.
 */
public final class SoftBreaks {

    static final int LONG = 12;
    private static final char HAIR_SPACE = '\u200a';

    private SoftBreaks() {
    }

    /** {@code text} with a break allowed after each '.', '-', '/', '_' or '@' inside its long words. */
    public static String in(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                word(text.substring(wordStart, i), out);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void word(String word, StringBuilder out) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(c);
            if (word.length() >= LONG && "./-_@".indexOf(c) >= 0 && i + 1 < word.length()) {
                out.append(HAIR_SPACE);
            }
        }
    }

    /** {@code text} without the breaks {@link #in} put there. */
    public static String without(String text) {
        return text.replace(String.valueOf(HAIR_SPACE), "");
    }
}
