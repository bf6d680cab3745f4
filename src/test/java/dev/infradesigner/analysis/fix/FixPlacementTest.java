package dev.infradesigner.analysis.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fix leaves the drawing as tidy as it found it: no two cards of one level (top level, or inside one
 * server) overlap after it unless they did before, and every hosted card still lies inside its server.
 * A server a fix grows pushes what it would cover aside.
 */
class FixPlacementTest {

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {1, 2, 3})
    void noFixLeavesCardsOnTopOfEachOther(int n) throws Exception {
        check(BundledSamples.load(BundledSamples.all().get(n - 1)));
    }

    /** The same samples drawn tight: every server stacked under the one before it with a 12 px gap. */
    @ParameterizedTest(name = "sample {0}, tight")
    @ValueSource(ints = {1, 2, 3})
    void aServerAFixGrowsPushesTheOnesBelowIt(int n) throws Exception {
        Design design = BundledSamples.load(BundledSamples.all().get(n - 1));
        double y = 0;
        for (Component server : design.componentsOf(dev.infradesigner.model.ComponentKind.SERVER)) {
            double dy = y - server.bounds().y();
            design = dev.infradesigner.edit.Edits.move(design, List.of(server.id()), 2000 - server.bounds().x(), dy)
                    .design();
            y += server.bounds().height() + 12;
        }
        check(design);
    }

    private static void check(Design design) {
        List<String> before = problems(design);
        List<String> found = new ArrayList<>();
        int fixes = 0;
        for (Finding finding : new Auditor().audit(design)) {
            Optional<Fix> fix = Fixes.forFinding(design, finding);
            if (fix.isPresent()) {
                fixes++;
                for (String p : problems(fix.get().change().apply(design))) {
                    if (!before.contains(p)) {
                        found.add(fix.get().description() + ": " + p);
                    }
                }
            }
        }
        assertTrue(fixes > 0, "the design has fixes to check");
        assertEquals(List.of(), found);
    }

    /** Overlaps and cards outside their servers, written with the rectangles' own arithmetic. */
    static List<String> problems(Design d) {
        List<String> out = new ArrayList<>();
        List<Component> all = d.components();
        for (int i = 0; i < all.size(); i++) {
            Component a = all.get(i);
            if (a.hostId() != null) {
                Component host = d.component(a.hostId()).orElseThrow();
                boolean inside = a.bounds().x() >= host.bounds().x() && a.bounds().y() >= host.bounds().y()
                        && a.bounds().x() + a.bounds().width() <= host.bounds().x() + host.bounds().width()
                        && a.bounds().y() + a.bounds().height() <= host.bounds().y() + host.bounds().height();
                if (!inside) {
                    out.add(a.id() + " sticks out of " + host.id());
                }
            }
            for (int j = i + 1; j < all.size(); j++) {
                Component b = all.get(j);
                if (Objects.equals(a.hostId(), b.hostId()) && a.bounds().x() < b.bounds().x() + b.bounds().width() && b.bounds().x() < a.bounds().x() + a.bounds().width()
                        && a.bounds().y() < b.bounds().y() + b.bounds().height() && b.bounds().y() < a.bounds().y() + a.bounds().height()) {
                    out.add(a.id() + " overlaps " + b.id());
                }
            }
        }
        return out;
    }
}
