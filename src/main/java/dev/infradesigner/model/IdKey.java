package dev.infradesigner.model;

/**
 * An id's first 16 characters packed into two longs, so that ids can be put in order by comparing numbers.
 * The audit sorts tens of thousands of findings by the id of their first component; at 100,000 components
 * reading each of those ids' characters at sort time cost a cache miss apiece, so {@link Design} packs
 * every id once, while it checks the ids anyway.
 */
public final class IdKey {

    private IdKey() {
    }

    /**
     * Characters {@code from} to {@code from + 7} of {@code s}, one byte each, padded with zeros: unsigned
     * comparison of these orders as {@link String#compareTo} does (ids are ASCII). From the first character
     * wider than a byte on, every byte is 0xFF, so two such strings tie and must be compared as strings.
     */
    public static long packed(String s, int from) {
        long key = 0;
        boolean wide = false;
        for (int i = 0; i < from + 8; i++) {
            char c = i < s.length() ? s.charAt(i) : 0;
            wide |= c > 0xFF;
            if (i >= from) {
                key = key << 8 | (wide ? 0xFF : c);
            }
        }
        return key;
    }
}
