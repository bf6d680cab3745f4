package dev.infradesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replacing components gives the design that building it anew gives, whether the replacements keep the
 * design's shape (and so share its indexes) or change it.
 */
class DesignEditsTest {

    @Test
    void replacementsGiveTheDesignThatBuildingItAnewGives() {
        for (long seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            Design design = randomDesign(random);
            for (int edit = 0; edit < 5; edit++) {
                List<Component> replacements = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    Component c = design.components().get(random.nextInt(design.components().size()));
                    replacements.add(edited(c, design, random));
                }
                Design edited = design.withAll(replacements);
                List<Component> expected = new ArrayList<>(design.components());
                for (Component r : replacements) {
                    expected.set(design.indexOf(r.id()), r);
                }
                assertSameDesign(new Design(design.name(), expected, design.links(), design.suppressions()), edited,
                        "seed " + seed + ", edit " + edit);
                design = edited;
            }
        }
    }

    @Test
    void aMoveSharesTheIndexesAndAHostChangeRebuildsThem() {
        Design d = Fixtures.simpleStack();
        Component app = d.component("app").orElseThrow();
        Design moved = d.with(app.withBounds(new Bounds(40, 40, 168, 56)));
        assertSame(d.links(), moved.links(), "a move keeps the links");
        assertEquals(new Bounds(40, 40, 168, 56), moved.hostedOn("server-1").get(1).bounds(),
                "the server's list of what it hosts has the moved component");
        Design unhosted = d.with(app.withHost(null));
        assertEquals(List.of("web", "db"), unhosted.hostedOn("server-1").stream().map(Component::id).toList());
        assertNotSame(d.hostedOn("server-1"), unhosted.hostedOn("server-1"));
    }

    @Test
    void aRenameIsSeenByPositionAndLeavesTheDesignItWasMadeFromAlone() {
        Design d = Fixtures.simpleStack();
        int at = d.indexOf("app");
        String before = d.labelAt(at);
        Design renamed = d.with(d.component("app").orElseThrow().withLabel("Checkout API"));
        assertEquals("Checkout API", renamed.labelAt(at));
        assertEquals(before, d.labelAt(at), "the design it was made from keeps its label");
        assertEquals("app", renamed.idAt(at));
        Design moved = d.with(d.component("app").orElseThrow().withBounds(new Bounds(40, 40, 168, 56)));
        assertEquals(before, moved.labelAt(at));
    }

    private static void assertSameDesign(Design expected, Design actual, String where) {
        assertEquals(expected, actual, where);
        assertEquals(expected.anySuppressions(), actual.anySuppressions(), where + ": suppressions");
        for (int i = 0; i < expected.components().size(); i++) {
            Component c = expected.components().get(i);
            assertEquals(i, actual.indexOf(c.id()), where);
            assertEquals(expected.kindAt(i), actual.kindAt(i), where);
            assertEquals(c.id(), actual.idAt(i), where + ": id by position");
            assertEquals(c.label(), actual.labelAt(i), where + ": label of " + c.id());
            assertEquals(expected.hostIndex(i), actual.hostIndex(i), where);
            assertEquals(expected.referenceIndex(i), actual.referenceIndex(i), where + ": reference of " + c.id());
            assertEquals(expected.roleAt(i), actual.roleAt(i), where + ": role of " + c.id());
            assertEquals(expected.hostedOn(c.id()), actual.hostedOn(c.id()), where + ": hosted on " + c.id());
            assertEquals(expected.linksFrom(c.id()), actual.linksFrom(c.id()), where);
            assertEquals(expected.linksTo(c.id()), actual.linksTo(c.id()), where);
            assertEquals(expected.hostOf(c), actual.hostOf(c), where);
        }
        for (ComponentKind kind : ComponentKind.values()) {
            assertEquals(expected.componentsOf(kind), actual.componentsOf(kind), where + ": " + kind);
        }
        for (int i = 0; i < expected.links().size(); i++) {
            assertEquals(expected.linkSourceIndex(i), actual.linkSourceIndex(i), where);
            assertEquals(expected.linkTargetIndex(i), actual.linkTargetIndex(i), where);
            assertEquals(expected.protocolAt(i), actual.protocolAt(i), where);
            assertEquals(expected.accessAt(i), actual.accessAt(i), where);
        }
    }

    /** A change a user could make: most keep the design's shape, some change a host or a reference. */
    private static Component edited(Component c, Design design, Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return c.withBounds(new Bounds(random.nextInt(500), random.nextInt(500), 168, 56));
            case 1:
                return c.withLabel("Label " + random.nextInt(100));
            case 2:
                return c.withSuppressions(random.nextBoolean() ? List.of()
                        : List.of(new Suppression("spof.load-balancer", "accepted for the test")));
            case 3:
                if (c.kind() == ComponentKind.SERVER || c.kind() == ComponentKind.USERS || c.kind() == ComponentKind.DNS) {
                    return c.withLabel("Renamed");
                }
                List<Component> servers = design.componentsOf(ComponentKind.SERVER);
                return c.withHost(random.nextBoolean() || servers.isEmpty() ? null
                        : servers.get(random.nextInt(servers.size())).id());
            case 4:
                if (c.settings() instanceof DatabaseSettings db) {
                    List<Component> others = design.componentsOf(ComponentKind.DATABASE).stream()
                            .filter(o -> !o.id().equals(c.id())).toList();
                    String source = others.isEmpty() || random.nextBoolean() ? null
                            : others.get(random.nextInt(others.size())).id();
                    return c.withSettings(new DatabaseSettings(db.engine(),
                            source == null ? DatabaseRole.PRIMARY : DatabaseRole.REPLICA, source, db.port()));
                }
                if (c.settings() instanceof DnsSettings dns) {
                    String target = design.components().get(random.nextInt(design.components().size())).id();
                    return c.withSettings(new DnsSettings(dns.domain(), dns.recordType(), target));
                }
                return c.withLabel("Other");
            case 5:
                if (c.settings() instanceof DatabaseSettings db) {
                    // The role alone: the design keeps its shape, but not its roles by position.
                    return c.withSettings(new DatabaseSettings(db.engine(), db.role() == DatabaseRole.PRIMARY
                            ? DatabaseRole.REPLICA : DatabaseRole.PRIMARY, db.replicationSource(), db.port()));
                }
                return c;
            default:
                return c;
        }
    }

    private static Design randomDesign(Random random) {
        List<Component> components = new ArrayList<>();
        int servers = 1 + random.nextInt(3);
        for (int s = 0; s < servers; s++) {
            components.add(Fixtures.server("server-" + s, "10.0.0." + (10 + s)));
        }
        components.add(Fixtures.component("users", ComponentKind.USERS));
        components.add(Fixtures.component("dns", ComponentKind.DNS));
        ComponentKind[] hostable = {ComponentKind.LOAD_BALANCER, ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER,
            ComponentKind.DATABASE, ComponentKind.DATABASE};
        int count = 2 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            Component c = Fixtures.component("c" + i, hostable[random.nextInt(hostable.length)]);
            if (random.nextBoolean()) {
                c = c.withHost("server-" + random.nextInt(servers));
            }
            components.add(c);
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String from = i == 0 ? "users" : "c" + random.nextInt(count);
            String to = "c" + random.nextInt(count);
            if (!from.equals(to)) {
                links.add(Link.of("l" + i, from, to, Protocol.HTTP));
            }
        }
        return new Design("Random", components, links);
    }
}
