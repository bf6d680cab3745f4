package dev.infradesigner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerSettings;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {

    private static Design threeServer() throws Exception {
        return BundledSamples.load(BundledSamples.all().get(1));
    }

    @Test
    void aComponentDroppedOnAServerIsHostedThereAndTheServerGrows() throws Exception {
        Design d = threeServer();
        Bounds server1 = d.component("server-1").orElseThrow().bounds();
        Outcome o = Edits.create(d, ComponentKind.FIREWALL, server1.x() + 100, server1.maxY() - 10);
        Component created = o.design().component(o.created().get(0)).orElseThrow();
        assertEquals("server-1", created.hostId());
        assertEquals("firewall-1", created.id());
        assertEquals("Firewall 1", created.label());
        Bounds grown = o.design().component("server-1").orElseThrow().bounds();
        assertTrue(grown.contains(created.bounds()), "the server grew to hold the firewall");
        assertTrue(grown.height() > server1.height());
        assertEquals("Add firewall on Server 1", o.description());
    }

    @Test
    void aComponentDroppedOnTheBareCanvasIsNotHosted() {
        Outcome o = Edits.create(Design.empty("d"), ComponentKind.LOAD_BALANCER, 200, 100);
        Component created = o.design().components().get(0);
        assertNull(created.hostId());
        assertEquals(new Bounds(116, 72, 168, 56), created.bounds());
    }

    @Test
    void newServersGetTheirOwnAddresses() {
        Design d = Edits.create(Design.empty("d"), ComponentKind.SERVER, 100, 100).design();
        d = Edits.create(d, ComponentKind.SERVER, 600, 100).design();
        var ips = d.components().stream().map(c -> c.settings(dev.infradesigner.model.ServerSettings.class).ipAddress())
                .distinct().count();
        assertEquals(2, ips);
    }

    @Test
    void movingAServerMovesWhatItHosts() throws Exception {
        Design d = threeServer();
        Design moved = Edits.move(d, List.of("server-2"), 40, 16).design();
        for (String id : List.of("server-2", "nginx-2", "app-2", "mysql-2", "code-2")) {
            assertEquals(d.component(id).orElseThrow().bounds().moved(40, 16), moved.component(id).orElseThrow().bounds(), id);
        }
        assertEquals(d.component("nginx-3"), moved.component("nginx-3"));
    }

    @Test
    void draggingAComponentToAnotherServerRehostsIt() throws Exception {
        Design d = threeServer();
        Bounds code2 = d.component("code-2").orElseThrow().bounds();
        Bounds server3 = d.component("server-3").orElseThrow().bounds();
        double dy = server3.y() + 60 - code2.y();
        Outcome o = Edits.move(d, List.of("code-2"), 0, dy);
        assertEquals("server-3", o.design().component("code-2").orElseThrow().hostId());
        assertEquals("Move Code base 2 to another host", o.description());
        Outcome out = Edits.move(d, List.of("code-2"), 0, -500);
        assertNull(out.design().component("code-2").orElseThrow().hostId(), "dragged out onto the bare canvas");
    }

    @Test
    void deletingAServerTakesWhatItHostsAndClearsReferences() throws Exception {
        Design d = threeServer();
        Design after = Edits.delete(d, List.of("server-2")).design();
        assertFalse(after.contains("mysql-2"));
        assertFalse(after.contains("app-2-mysql-2"), "links to deleted components go too");
        assertNull(after.component("mysql-3").orElseThrow().settings(DatabaseSettings.class).replicationSource());
        Design noLb = Edits.delete(d, List.of("lb")).design();
        assertNull(noLb.component("dns").orElseThrow().settings(DnsSettings.class).target());
        assertThrows(EditRefusedException.class, () -> Edits.delete(d, List.of("nothing")));
    }

    @Test
    void connectingUsesTheKindsDefaultsAndRefusesNonsense() throws Exception {
        Design d = Edits.create(threeServer(), ComponentKind.LOAD_BALANCER, 100, 700).design();
        Outcome o = Edits.connect(d, "users", "load-balancer-1");
        Link link = o.design().link(o.created().get(0)).orElseThrow();
        assertEquals(Protocol.HTTP, link.protocol());
        assertEquals(80, link.port());
        assertEquals("Link Users to HAProxy 1", o.description());
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> Edits.connect(d, "mysql-2", "users"));
        assertTrue(refused.getMessage().contains("nothing sends traffic"));
        Outcome dns = Edits.connect(d, "dns", "load-balancer-1");
        assertEquals("load-balancer-1", dns.design().component("dns").orElseThrow().settings(DnsSettings.class).target());
    }

    @Test
    void renamingKeepsTheIdAndRefusesAnEmptyName() throws Exception {
        Design d = threeServer();
        assertEquals("Front door", Edits.rename(d, "lb", "  Front door ").design().component("lb").orElseThrow().label());
        assertThrows(EditRefusedException.class, () -> Edits.rename(d, "lb", "   "));
    }

    @Test
    void pasteGivesNewIdsAPlaceBesideAndKeepsInnerLinks() throws Exception {
        Design d = threeServer();
        Fragment copied = Fragment.copy(d, List.of("server-3"));
        assertEquals(5, copied.components().size());
        Outcome o = copied.pasteInto(d, "Paste");
        Design after = o.design();
        assertEquals(d.components().size() + 5, after.components().size());
        assertTrue(after.contains("server-4") && after.contains("mysql-4"));
        assertEquals("server-4", after.component("nginx-4").orElseThrow().hostId());
        Bounds original = d.component("server-3").orElseThrow().bounds();
        Bounds copy = after.component("server-4").orElseThrow().bounds();
        assertFalse(copy.overlaps(original), "the copy lands beside the original, not on it");
        for (Component c : d.components()) {
            if (c.hostId() == null) {
                assertFalse(copy.overlaps(c.bounds()), "nor on " + c.id());
            }
        }
        assertEquals(original.width(), copy.width());
        Bounds nginx = d.component("nginx-3").orElseThrow().bounds();
        assertEquals(nginx.moved(copy.x() - original.x(), copy.y() - original.y()),
                after.component("nginx-4").orElseThrow().bounds(), "what it hosts moves with it");
        assertTrue(after.linksFrom("nginx-4").stream().anyMatch(l -> l.to().equals("app-4")));
        assertEquals("mysql-2", after.component("mysql-4").orElseThrow().settings(DatabaseSettings.class)
                .replicationSource(), "a copied replica keeps replicating from the primary outside the copy");
        assertEquals("Paste 5 components", o.description());
    }

    @Test
    void aCopiedServerGetsItsOwnLabelHostNameAndAddress() throws Exception {
        Design d = threeServer();
        Design once = Fragment.copy(d, List.of("server-3")).pasteInto(d, "Duplicate").design();
        Component copy = once.component("server-4").orElseThrow();
        assertEquals("Server 3 (2)", copy.label());
        assertEquals("Nginx 3 (2)", once.component("nginx-4").orElseThrow().label(), "what it hosts too");
        assertEquals(new ServerSettings("web-03", "10.0.1.13", "10.0.0.0/8"), copy.settings());
        Design twice = Fragment.copy(d, List.of("server-3")).pasteInto(once, "Paste").design();
        Component again = twice.component("server-5").orElseThrow();
        assertEquals("Server 3 (3)", again.label());
        assertEquals(new ServerSettings("web-04", "10.0.1.14", "10.0.0.0/8"), again.settings());
        assertFalse(again.bounds().overlaps(copy.bounds()), "the second copy finds a place of its own");
        assertEquals(List.of(), dev.infradesigner.model.ServerAddresses.of(twice));
        Design ofACopy = Fragment.copy(twice, List.of("server-4")).pasteInto(twice, "Duplicate").design();
        assertEquals("Server 3 (4)", ofACopy.component("server-6").orElseThrow().label());
    }

    @Test
    void addressesStayInTheirNetworkAndSkipWhatIsTaken() throws Exception {
        Design d = threeServer();
        Component s2 = d.component("server-2").orElseThrow();
        Design full = d.with(s2.withSettings(new ServerSettings("a9", "10.0.1.254", "any")));
        Design copied = Fragment.copy(full, List.of("server-2")).pasteInto(full, "Paste").design();
        assertEquals(new ServerSettings("a10", "10.0.1.1", "any"), copied.component("server-4").orElseThrow()
                .settings(), "round to the start of its /24, the number grows a digit");
        Design v6 = d.with(s2.withSettings(new ServerSettings("db.example.com", "fd00::ff", "any")));
        assertEquals(new ServerSettings("db-2.example.com", "fd00::100", "any"), Fragment.copy(v6,
                List.of("server-2")).pasteInto(v6, "Paste").design().component("server-4").orElseThrow().settings());
    }

    @Test
    void aCardCopiedAloneTakesItsServersNextFreeSpot() throws Exception {
        Design d = threeServer();
        Design after = Fragment.copy(d, List.of("nginx-3")).pasteInto(d, "Duplicate").design();
        Component copy = after.component("nginx-4").orElseThrow();
        assertEquals("server-3", copy.hostId());
        for (Component other : after.hostedOn("server-3")) {
            assertTrue(other == copy || !other.bounds().overlaps(copy.bounds()), "not on " + other.id());
        }
        assertTrue(after.component("server-3").orElseThrow().bounds().contains(copy.bounds()), "the server grew");
    }

    @Test
    void componentsDroppedOnTheSameSpotOfAServerLineUpInsteadOfPilingUp() {
        Design d = Edits.create(Design.empty("d"), ComponentKind.SERVER, 300, 200).design();
        for (int i = 0; i < 3; i++) {
            d = Edits.create(d, ComponentKind.WEB_SERVER, 280, 230).design();
        }
        List<Component> hosted = d.hostedOn("server-1");
        assertEquals(3, hosted.size());
        for (int a = 0; a < hosted.size(); a++) {
            for (int b = a + 1; b < hosted.size(); b++) {
                assertFalse(hosted.get(a).bounds().overlaps(hosted.get(b).bounds()));
            }
            assertTrue(d.component("server-1").orElseThrow().bounds().contains(hosted.get(a).bounds()));
        }
    }
}
