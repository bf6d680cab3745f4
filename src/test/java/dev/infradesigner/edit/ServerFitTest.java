package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server fits what it hosts: it grows downwards in its grid, pushes what it would cover, and shrinks back. */
class ServerFitTest {

    private static Design twoServers() {
        Design d = Edits.create(Design.empty("d"), ComponentKind.SERVER, 100, 64).design();
        d = Edits.create(d, ComponentKind.SERVER, 100, 64 + 170).design();
        return Edits.createOn(d, ComponentKind.WEB_SERVER, "server-2").design();
    }

    @Test
    void aServerGrowingDownwardsPushesTheServerBelowWithWhatItHosts() {
        Design d = twoServers();
        Bounds below = d.component("server-2").orElseThrow().bounds();
        Bounds belowCard = d.hostedOn("server-2").get(0).bounds();
        for (int i = 0; i < 3; i++) {
            d = Edits.createOn(d, ComponentKind.MONITORING_AGENT, "server-1").design();
        }
        Bounds grown = d.component("server-1").orElseThrow().bounds();
        Bounds pushed = d.component("server-2").orElseThrow().bounds();
        assertEquals(Layout.SERVER_WIDTH, grown.width(), "one column: it grew downwards");
        assertTrue(grown.maxY() > below.y(), "it grew past where the other server was");
        assertFalse(grown.overlaps(pushed), "the server below moved aside: " + grown + " / " + pushed);
        double dy = pushed.y() - below.y();
        assertEquals(belowCard.moved(0, dy), d.hostedOn("server-2").get(0).bounds(), "with its card");
        List<Component> agents = d.hostedOn("server-1");
        for (int i = 0; i < agents.size(); i++) {
            for (int j = i + 1; j < agents.size(); j++) {
                assertFalse(agents.get(i).bounds().overlaps(agents.get(j).bounds()));
            }
            assertEquals(grown.x() + Layout.SERVER_PADDING, agents.get(i).bounds().x(), "in the grid's column");
        }
    }

    @Test
    void aServerShrinksWhenItsCardsAreDeletedOrMovedOut() {
        Design d = twoServers();
        Bounds start = d.component("server-1").orElseThrow().bounds();
        for (int i = 0; i < 3; i++) {
            d = Edits.createOn(d, ComponentKind.MONITORING_AGENT, "server-1").design();
        }
        double full = d.component("server-1").orElseThrow().bounds().height();
        d = Edits.delete(d, List.of("monitoring-agent-3")).design();
        double afterDelete = d.component("server-1").orElseThrow().bounds().height();
        assertTrue(afterDelete < full, full + " -> " + afterDelete);
        d = Edits.move(d, List.of("monitoring-agent-2"), 900, 0).design();
        assertEquals(null, d.component("monitoring-agent-2").orElseThrow().hostId());
        d = Edits.move(d, List.of("monitoring-agent-1"), 900, 200).design();
        assertEquals(start.height(), d.component("server-1").orElseThrow().bounds().height(), "back to a new server's size");
    }
}
