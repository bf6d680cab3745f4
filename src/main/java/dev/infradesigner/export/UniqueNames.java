package dev.infradesigner.export;

import java.util.HashSet;
import java.util.Set;

/** Hands out names that are safe and unique within one file: a second "web" becomes "web-2". */
final class UniqueNames {

    private final Set<String> used = new HashSet<>();

    String next(String label, String fallback) {
        String base = ConfigText.name(label, fallback);
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
