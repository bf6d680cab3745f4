package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A replica's source and its replication link are one fact, whichever way it is edited. */
class ReplicationEditsTest {

    private static Design threeServer() throws Exception {
        return BundledSamples.load(BundledSamples.all().get(1));
    }

    private static List<Link> replicationInto(Design d, String id) {
        return d.linksTo(id).stream().filter(l -> l.protocol() == Protocol.REPLICATION).toList();
    }

    private static String source(Design d, String id) {
        return d.component(id).orElseThrow().settings(DatabaseSettings.class).replicationSource();
    }

    /** Sample 02 with a third database on server 3, replicating from nothing. */
    private static Design withSpare() throws Exception {
        Design d = threeServer();
        return Edits.create(d, ComponentKind.DATABASE, d.component("server-3").orElseThrow().bounds().centerX(),
                d.component("server-3").orElseThrow().bounds().centerY()).design();
    }

    @Test
    void settingTheSourceDrawsTheLinkAndClearingItRemovesIt() throws Exception {
        Design d = withSpare();
        Outcome set = ReplicationEdits.setSource(d, List.of("database-1"), "mysql-2");
        assertEquals("Replicate MySQL 1 from MySQL primary", set.description());
        List<Link> links = replicationInto(set.design(), "database-1");
        assertEquals(1, links.size());
        assertEquals("mysql-2", links.get(0).from());
        Outcome cleared = ReplicationEdits.setSource(set.design(), List.of("database-1"), null);
        assertEquals(List.of(), replicationInto(cleared.design(), "database-1"));
        assertNull(source(cleared.design(), "database-1"));
    }

    @Test
    void aNewSourceReplacesTheOldLink() throws Exception {
        Design d = threeServer();
        Design moved = ReplicationEdits.withSource(withSpareOn(d), List.of("mysql-3"), "database-1");
        assertEquals(List.of("database-1"), replicationInto(moved, "mysql-3").stream().map(Link::from).toList());
        assertTrue(moved.link("replication").isEmpty(), "the old source's link went");
    }

    private static Design withSpareOn(Design d) {
        return Edits.create(d, ComponentKind.DATABASE, -400, -400).design();
    }

    @Test
    void drawingTheLinkSetsTheSourceAndReplacesAnOldOne() throws Exception {
        Design d = withSpareOn(threeServer());
        Outcome drawn = Edits.connect(d, "database-1", "mysql-3");
        assertEquals("database-1", source(drawn.design(), "mysql-3"));
        assertEquals(DatabaseRole.REPLICA, drawn.design().component("mysql-3").orElseThrow()
                .settings(DatabaseSettings.class).role());
        assertEquals(1, replicationInto(drawn.design(), "mysql-3").size(), "one source, one link");
        assertEquals("Replicate MySQL replica from MySQL 1", drawn.description());
    }

    @Test
    void deletingTheLinkClearsTheSource() throws Exception {
        Design d = threeServer();
        Design after = Edits.delete(d, List.of("replication")).design();
        assertNull(source(after, "mysql-3"));
        Design sourceGone = Edits.delete(d, List.of("mysql-2")).design();
        assertNull(source(sourceGone, "mysql-3"));
        assertEquals(List.of(), replicationInto(sourceGone, "mysql-3"));
    }

    @Test
    void aReplicaCopiedWithoutItsSourceBringsItsLink() throws Exception {
        Design d = threeServer();
        Design after = Fragment.copy(d, List.of("mysql-3")).pasteInto(d, "Paste").design();
        assertEquals("mysql-2", source(after, "mysql-4"));
        assertEquals(List.of("mysql-2"), replicationInto(after, "mysql-4").stream().map(Link::from).toList());
    }
}
