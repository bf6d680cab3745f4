package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names handed out are those of the plain definition: the base, else the smallest free "-n" from 2. */
class UniqueNamesTest {

    /** The definition, run literally: try every suffix from 2 until one is free. */
    private static List<String> plain(List<String> labels) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            String base = ConfigText.name(label, "id");
            String name = base;
            for (int n = 2; used.contains(name); n++) {
                name = base + "-" + n;
            }
            used.add(name);
            out.add(name);
        }
        return out;
    }

    @Test
    void sameAndClashingLabelsGetTheNamesOfThePlainDefinition() {
        String[] pool = {"web", "Web", "web-2", "web-3", "web 2", "app", "app-2-2", "app-2", "-", "web-10"};
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<String> labels = new ArrayList<>();
            for (int i = 0, n = random.nextInt(60); i < n; i++) {
                labels.add(pool[random.nextInt(pool.length)]);
            }
            UniqueNames names = new UniqueNames();
            List<String> actual = labels.stream().map(l -> names.next(l, "id")).toList();
            assertEquals(plain(labels), actual, "seed " + seed + ": " + labels);
            assertEquals(actual.size(), new HashSet<>(actual).size(), "each name once");
        }
    }
}
