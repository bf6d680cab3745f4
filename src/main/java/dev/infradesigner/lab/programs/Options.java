package dev.infradesigner.lab.programs;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} pairs: the small programs the lab runs inside its namespaces take nothing else. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
