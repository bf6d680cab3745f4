package dev.infradesigner.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.layout.DesignRoutes;
import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.edit.Edits;
import dev.infradesigner.edit.Outcome;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image exports draw each link where the canvas does: the canvas's route cache, fed from its spatial
 * index as the skins ask for links in the design's order, gives the same routes and labels as the routes
 * the exports use.
 */
class ExportedRoutesTest {

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theExportsRouteAndLabelEveryLinkAsTheCanvasDoes(Path sample) throws Exception {
        Design d = DesignFiles.load(sample);
        SpatialGrid components = componentGrid(d);
        SpatialGrid links = linkGrid(d);
        LinkRoutes canvas = new LinkRoutes(components::candidates, links::candidates);
        DesignRoutes exported = DesignRoutes.of(d);
        agree(canvas, d, exported);
        exported.resolutions().forEach((dns, drawn) -> {
            Component record = d.component(dns).orElseThrow();
            LinkRoutes.Routed onScreen = canvas.resolution(d, record, d.component(
                    record.settings(dev.infradesigner.model.DnsSettings.class).target()).orElseThrow());
            assertEquals(onScreen.points(), drawn.points(), dns + "'s arrow");
            assertEquals(onScreen.label(), drawn.label(), dns + "'s arrow label");
        });
    }

    /**
     * A link taken away from a side three links share, then put back: the canvas forgets what the edit
     * moved (the other links' spread ends too) and draws what the exports draw.
     */
    @Test
    void afterALinkGoesOrComesTheCanvasStillDrawsWhatTheExportsDraw() throws Exception {
        Design d = DesignFiles.load(Samples.all().get(2));
        SpatialGrid components = componentGrid(d);
        AtomicReference<SpatialGrid> links = new AtomicReference<>(linkGrid(d));
        LinkRoutes canvas = new LinkRoutes(components::candidates, a -> links.get().candidates(a));
        agree(canvas, d, DesignRoutes.of(d));

        Design fewer = Edits.delete(d, List.of("agent-2-monitoring")).design();
        links.set(linkGrid(fewer));
        canvas.forget(fewer, Set.of("agent-2-monitoring"), List.of());
        agree(canvas, fewer, DesignRoutes.of(fewer));

        Outcome again = Edits.connect(fewer, "agent-2", "monitoring");
        Design more = again.design();
        String added = more.links().stream().filter(l -> fewer.link(l.id()).isEmpty()).findFirst()
                .orElseThrow().id();
        links.set(linkGrid(more));
        canvas.forget(more, Set.of(added), List.of());
        agree(canvas, more, DesignRoutes.of(more));
    }

    /** A bend dragged back to where it was previews the link as drawn, its ends spread among the others. */
    @Test
    void aDragPreviewMeetsTheCardsWhereTheDrawnLinkDoes() throws Exception {
        Design d = DesignFiles.load(Samples.all().get(2));
        SpatialGrid components = componentGrid(d);
        SpatialGrid links = linkGrid(d);
        LinkRoutes canvas = new LinkRoutes(components::candidates, links::candidates);
        for (String id : List.of("agent-1-monitoring", "agent-2-monitoring", "agent-3-monitoring", "lb-nginx-2")) {
            Link l = d.link(id).orElseThrow();
            assertEquals(DesignRoutes.of(d).links().get(id).points(), canvas.reshaped(d, l, l.waypoints()).points(),
                    id + " previewed");
        }
    }

    private static SpatialGrid componentGrid(Design d) {
        SpatialGrid components = new SpatialGrid();
        for (Component c : d.components()) {
            components.addBox(c.id(), c.bounds());
        }
        return components;
    }

    private static SpatialGrid linkGrid(Design d) {
        SpatialGrid links = new SpatialGrid();
        for (Link l : d.links()) {
            List<Point> p = LinkGeometry.skeleton(d, l);
            for (int i = 0; i + 1 < p.size(); i++) {
                links.addSegment(l.id(), p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y());
            }
        }
        return links;
    }

    private static void agree(LinkRoutes canvas, Design d, DesignRoutes exported) {
        for (Link l : d.links()) {
            LinkRoutes.Routed onScreen = canvas.routed(d, l, LinkSkin.text(l));
            LinkRouting.Drawn onPaper = exported.links().get(l.id());
            assertEquals(onScreen.points(), onPaper.points(), l.id() + "'s route");
            assertEquals(onScreen.label(), onPaper.label(), l.id() + "'s label");
        }
    }
}
