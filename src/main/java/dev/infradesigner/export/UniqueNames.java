package dev.infradesigner.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Hands out names that are safe and unique within one file: a second "web" becomes "web-2". */
final class UniqueNames {

    private final Set<String> used = new HashSet<>();
    /**
     * Per base name, the suffix after the last one handed out: every smaller one is taken, so the search
     * starts there. Without it, the n-th "web" tried n suffixes, and 20,000 same-named backends took seconds.
     */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    String next(String label, String fallback) {
        String base = ConfigText.name(label, fallback);
        if (used.add(base)) {
            return base;
        }
        int n = nextSuffix.getOrDefault(base, 2);
        while (!used.add(base + "-" + n)) {
            n++;
        }
        nextSuffix.put(base, n + 1);
        return base + "-" + n;
    }
}
