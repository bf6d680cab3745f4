package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.RandomDesigns;
import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final History history = new History();

    private Design apply(Design before, Function<Design, Outcome> edit, String mergeKey) {
        Outcome o = edit.apply(before);
        history.push(new Edit(o.description(), DesignDelta.between(before, o.design()), mergeKey));
        return o.design();
    }

    @Test
    void undoAndRedoRebuildEachVersionExactly() throws Exception {
        Design start = BundledSamples.load(BundledSamples.all().get(1));
        List<Design> versions = new ArrayList<>(List.of(start));
        Design d = start;
        d = apply(d, x -> Edits.move(x, List.of("server-2"), 32, 8), null);
        versions.add(d);
        d = apply(d, x -> Edits.delete(x, List.of("server-3")), null);
        versions.add(d);
        d = apply(d, x -> Edits.create(x, ComponentKind.DATABASE, 20, 900), null);
        versions.add(d);
        d = apply(d, x -> Fragment.copy(x, List.of("server-2")).pasteInto(x, "Paste"), null);
        versions.add(d);
        for (int i = versions.size() - 2; i >= 0; i--) {
            d = history.undo(d);
            assertEquals(versions.get(i), d, "undo back to version " + i);
        }
        assertFalse(history.canUndo());
        for (int i = 1; i < versions.size(); i++) {
            d = history.redo(d);
            assertEquals(versions.get(i), d, "redo to version " + i);
        }
    }

    @Test
    void randomEditsOfRandomDesignsUndoExactly() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Design start = RandomDesigns.generate(random.nextLong());
            Design d = start;
            History h = new History();
            List<Design> versions = new ArrayList<>(List.of(start));
            for (int step = 0; step < 6; step++) {
                List<Component> all = d.components();
                Component pick = all.get(random.nextInt(all.size()));
                Function<Design, Outcome> edit = switch (random.nextInt(4)) {
                    case 0 -> x -> Edits.move(x, List.of(pick.id()), 8, -16);
                    case 1 -> x -> Edits.delete(x, List.of(pick.id()));
                    case 2 -> x -> Edits.create(x, ComponentKind.WEB_SERVER, random.nextInt(800), random.nextInt(800));
                    default -> x -> Fragment.copy(x, List.of(pick.id())).pasteInto(x, "Paste");
                };
                Outcome o = edit.apply(d);
                h.push(new Edit(o.description(), DesignDelta.between(d, o.design()), null));
                d = o.design();
                versions.add(d);
                if (d.components().isEmpty()) {
                    break;
                }
            }
            for (int i = versions.size() - 2; i >= 0; i--) {
                d = h.undo(d);
                assertEquals(versions.get(i), d, "round " + round + ", undo to " + i);
            }
        }
    }

    @Test
    void unsavedFollowsTheHistoryPosition() throws Exception {
        Design d = BundledSamples.load(BundledSamples.all().get(0));
        assertFalse(history.unsaved());
        d = apply(d, x -> Edits.rename(x, "nginx", "Front"), null);
        assertTrue(history.unsaved());
        d = history.undo(d);
        assertFalse(history.unsaved(), "undoing back to the saved state is clean again");
        d = history.redo(d);
        history.markSaved();
        assertFalse(history.unsaved());
        d = history.undo(d);
        assertTrue(history.unsaved());
        apply(d, x -> Edits.rename(x, "nginx", "Other"), null);
        assertTrue(history.unsaved(), "the saved state is gone from the redo stack: unsaved until saved again");
    }

    @Test
    void nudgesInARowAreOneStepUntilTheMergeBreaks() throws Exception {
        Design start = BundledSamples.load(BundledSamples.all().get(1));
        Design d = start;
        for (int i = 0; i < 5; i++) {
            d = apply(d, x -> Edits.move(x, List.of("lb"), 8, 0), "nudge:lb");
        }
        assertEquals(1, history.size());
        d = history.undo(d);
        assertEquals(start, d);
        d = history.redo(d);
        history.breakMerge();
        d = apply(d, x -> Edits.move(x, List.of("lb"), 8, 0), "nudge:lb");
        assertEquals(2, history.size());
    }

    @Test
    void theOldestStepsGoPastTheLimit() {
        Design d = Design.empty("d");
        for (int i = 0; i < History.LIMIT + 20; i++) {
            d = apply(d, x -> Edits.create(x, ComponentKind.USERS, 0, 0), null);
        }
        assertEquals(History.LIMIT, history.size());
        assertTrue(history.unsaved());
    }
}
