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
        Design d = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        Component server = d.componentsOf(ComponentKind.SERVER).get(1);
        var moved = TidyLayout.selection(d, List.of(server.id()));
        assertEquals(server.bounds().x(), moved.get(server.id()).x());
        assertEquals(server.bounds().y(), moved.get(server.id()).y());
        for (String id : moved.keySet()) {
            assertTrue(id.equals(server.id()) || server.id().equals(d.component(id).orElseThrow().hostId()), id);
        }
    }
}
