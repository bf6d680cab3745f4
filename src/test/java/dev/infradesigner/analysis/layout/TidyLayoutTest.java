package dev.infradesigner.analysis.layout;

import dev.infradesigner.edit.ServerGrid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.io.DesignFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TidyLayoutTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".infra")).sorted();
    }

    private static Design tidied(Path sample) throws Exception {
        Design design = DesignFiles.load(sample);
        return Placed.apply(design, TidyLayout.all(design));
    }

    private static final List<ComponentKind> FLOW = List.of(ComponentKind.USERS, ComponentKind.LOAD_BALANCER,
            ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER, ComponentKind.DATABASE);

    @ParameterizedTest
    @MethodSource("samples")
    void tiersRunLeftToRight(Path sample) throws Exception {
        Design d = tidied(sample);
        List<ComponentKind> present = FLOW.stream().filter(k -> !d.componentsOf(k).isEmpty()).toList();
        assertTrue(present.size() >= 3, sample + " has a flow to check");
        for (int i = 0; i + 1 < present.size(); i++) {
            double rightmost = d.componentsOf(present.get(i)).stream().mapToDouble(c -> c.bounds().x()).max()
                    .orElseThrow();
            double leftmost = d.componentsOf(present.get(i + 1)).stream().mapToDouble(c -> c.bounds().x()).min()
                    .orElseThrow();
            assertTrue(rightmost < leftmost, sample + ": every " + present.get(i) + " (x up to " + rightmost
                    + ") is left of every " + present.get(i + 1) + " (x from " + leftmost + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noCardsOverlap(Path sample) throws Exception {
        Design d = tidied(sample);
        List<Component> all = d.components();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Component a = all.get(i);
                Component b = all.get(j);
                boolean nested = a.id().equals(b.hostId()) || b.id().equals(a.hostId());
                assertFalse(!nested && a.bounds().overlaps(b.bounds()), sample + ": " + a.id() + " " + a.bounds()
                        + " overlaps " + b.id() + " " + b.bounds());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hostedCardsStayInsideTheirServer(Path sample) throws Exception {
        Design d = tidied(sample);
        for (Component c : d.components()) {
            if (c.hostId() != null) {
                Bounds server = d.component(c.hostId()).orElseThrow().bounds();
                assertTrue(server.contains(c.bounds()), sample + ": " + c.id() + " inside " + c.hostId());
                assertTrue(c.bounds().y() >= server.y() + ServerGrid.HEADER, c.id() + " below the header");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void tidyingTwiceChangesNothing(Path sample) throws Exception {
        Design once = tidied(sample);
        assertEquals(once, Placed.apply(once, TidyLayout.all(once)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFileWithoutPositionsIsLaidOutWhenOpenedAndOneWithPositionsIsNot(Path sample) throws Exception {
        Design positioned = DesignFiles.load(sample);
        org.junit.jupiter.api.Assertions.assertSame(positioned, TidyLayout.asOpened(positioned));
        Design opened = TidyLayout.asOpened(new dev.infradesigner.io.DesignReader()
                .read(dev.infradesigner.io.Positionless.of(sample)));
        List<Component> all = opened.components();
        for (int i = 0; i < all.size(); i++) {
            Component a = all.get(i);
            for (Component b : all.subList(i + 1, all.size())) {
                boolean related = a.id().equals(b.hostId()) || b.id().equals(a.hostId());
                assertFalse(!related && a.bounds().overlaps(b.bounds()), a.id() + " overlaps " + b.id());
            }
            if (a.hostId() != null) {
                assertTrue(opened.component(a.hostId()).orElseThrow().bounds().contains(a.bounds()),
                        a.id() + " inside " + a.hostId());
            }
        }
        assertEquals(positioned.links(), opened.links());
    }

    @Test
    void aDesignPiledAtTheOriginNeedsLayoutAndALaidOutOneDoesNot() throws Exception {
        Design sample = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        assertFalse(TidyLayout.needsLayout(sample));
        Design piled = sample;
        for (Component c : sample.components()) {
            piled = piled.with(c.withBounds(new Bounds(0, 0, c.bounds().width(), c.bounds().height())));
        }
        assertTrue(TidyLayout.needsLayout(piled));
        Design laid = Placed.apply(piled, TidyLayout.all(piled));
        assertFalse(TidyLayout.needsLayout(laid));
    }

    @Test
    void aSelectionIsTidiedInPlaceAndNothingElseMoves() throws Exception {
        Design sample = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        Component original = sample.componentsOf(ComponentKind.SERVER).get(1);
        // Far below the rest, where tidying it covers nothing (else it moves aside: see the tests below).
        double dy = sample.components().stream().mapToDouble(c -> c.bounds().maxY()).max().orElseThrow() + 400
                - original.bounds().y();
        List<Component> far = new java.util.ArrayList<>();
        far.add(original.withBounds(original.bounds().moved(0, dy)));
        sample.hostedOn(original.id()).forEach(c -> far.add(c.withBounds(c.bounds().moved(0, dy))));
        Design d = sample.withAll(far);
        Component server = d.component(original.id()).orElseThrow();
        var moved = TidyLayout.selection(d, List.of(server.id()));
        assertEquals(server.bounds().x(), moved.get(server.id()).x());
        assertEquals(server.bounds().y(), moved.get(server.id()).y());
        for (String id : moved.keySet()) {
            assertTrue(id.equals(server.id()) || server.id().equals(d.component(id).orElseThrow().hostId()), id);
        }
    }

    /** The test's own overlap check: two rectangles share inner area. */
    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** The ids a tidied selection moved that overlap a component it did not move (hosted cards aside). */
    private static List<String> overlapsAfter(Design d, List<String> selected) {
        Design after = Placed.apply(d, TidyLayout.selection(d, selected));
        java.util.Map<String, Bounds> moved = TidyLayout.selection(d, selected);
        List<String> out = new java.util.ArrayList<>();
        for (String id : moved.keySet()) {
            Component c = after.component(id).orElseThrow();
            for (Component other : after.components()) {
                boolean inSelection = moved.containsKey(other.id());
                boolean hosting = other.id().equals(c.hostId()) || c.id().equals(other.hostId());
                if (!inSelection && !hosting && overlap(c.bounds(), other.bounds())) {
                    out.add(id + " over " + other.id());
                }
            }
        }
        return out;
    }

    @Test
    void aTidiedSelectionThatWouldCoverAnotherCardMovesAsideWhole() throws Exception {
        // users above the load balancer; tidied, they stand in a row, where the web server is.
        Component users = Component.create("users", ComponentKind.USERS, "Users", new Bounds(0, 0, 168, 56));
        Component lb = Component.create("lb", ComponentKind.LOAD_BALANCER, "LB", new Bounds(0, 120, 168, 56));
        Component web = Component.create("web", ComponentKind.WEB_SERVER, "Web", new Bounds(220, 0, 168, 56));
        Design d = new Design("row", List.of(users, lb, web), List.of(dev.infradesigner.model.Link.of("users-lb",
                "users", "lb", dev.infradesigner.model.Protocol.HTTP)));
        var moved = TidyLayout.selection(d, List.of("users", "lb"));
        assertTrue(moved.get("lb").x() > moved.get("users").x(), "tidied left to right: " + moved);
        assertEquals(moved.get("users").y(), moved.get("lb").y(), 1, "in one row");
        assertEquals(List.of(), overlapsAfter(d, List.of("users", "lb")));
        assertEquals(new Bounds(220, 0, 168, 56), Placed.apply(d, moved).component("web").orElseThrow().bounds(),
                "the card left out stays where it was");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTidiedSelectionCoversAComponentLeftOutOfIt(Path sample) throws Exception {
        Design d = DesignFiles.load(sample);
        List<String> top = d.components().stream().filter(c -> c.hostId() == null).map(Component::id).toList();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                List<String> selected = List.of(top.get(i), top.get(j));
                assertEquals(List.of(), overlapsAfter(d, selected), "tidying " + selected);
            }
        }
        for (Component hosted : d.components()) {
            if (hosted.hostId() != null) {
                assertEquals(List.of(), overlapsAfter(d, List.of(hosted.id())), "tidying " + hosted.id());
            }
        }
    }
}
