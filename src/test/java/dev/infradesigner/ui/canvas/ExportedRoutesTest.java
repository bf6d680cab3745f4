package dev.infradesigner.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.layout.DesignRoutes;
import dev.infradesigner.analysis.layout.LinkRouting;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.Samples;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Point;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        SpatialGrid components = new SpatialGrid();
        for (Component c : d.components()) {
            components.addBox(c.id(), c.bounds());
        }
        SpatialGrid links = new SpatialGrid();
        for (Link l : d.links()) {
            List<Point> p = LinkGeometry.skeleton(d, l);
            for (int i = 0; i + 1 < p.size(); i++) {
                links.addSegment(l.id(), p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y());
            }
        }
        LinkRoutes canvas = new LinkRoutes(components::candidates, links::candidates);
        DesignRoutes exported = DesignRoutes.of(d);
        for (Link l : d.links()) {
            LinkRoutes.Routed onScreen = canvas.routed(d, l, LinkSkin.text(l));
            LinkRouting.Drawn onPaper = exported.links().get(l.id());
            assertEquals(onScreen.points(), onPaper.points(), l.id() + "'s route");
            assertEquals(onScreen.label(), onPaper.label(), l.id() + "'s label");
        }
        exported.resolutions().forEach((dns, drawn) -> {
            Component record = d.component(dns).orElseThrow();
            LinkRoutes.Routed onScreen = canvas.resolution(d, record, d.component(
                    record.settings(dev.infradesigner.model.DnsSettings.class).target()).orElseThrow());
            assertEquals(onScreen.points(), drawn.points(), dns + "'s arrow");
            assertEquals(onScreen.label(), drawn.label(), dns + "'s arrow label");
        });
    }
}
