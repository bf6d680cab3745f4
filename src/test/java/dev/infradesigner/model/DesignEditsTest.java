package dev.infradesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replacing components gives the design that building it anew gives, whether the replacements keep the
 * design's shape or change its hosting and references.
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
                    expected.set(design.components().indexOf(design.component(r.id()).orElseThrow()), r);
                }
                assertSameDesign(new Design(design.name(), expected, design.links(), design.suppressions()), edited,
                        "seed " + seed + ", edit " + edit);
                design = edited;
            }
        }
    }

    @Test
    void anEditLeavesTheDesignItWasMadeFromAlone() {
        Design d = Fixtures.simpleStack();
        Component app = d.component("app").orElseThrow();
        Design renamed = d.with(app.withLabel("Checkout API"));
        assertEquals("Checkout API", renamed.component("app").orElseThrow().label());
        assertEquals(app.label(), d.component("app").orElseThrow().label(), "the design it was made from keeps its label");
        assertEquals(d.components().indexOf(app), renamed.components().indexOf(renamed.component("app").orElseThrow()),
                "it keeps its place");
        Design unhosted = d.with(app.withHost(null));
        assertEquals(List.of("web", "db"), unhosted.hostedOn("server-1").stream().map(Component::id).toList());
        assertEquals(List.of("web", "app", "db"), d.hostedOn("server-1").stream().map(Component::id).toList());
    }

    @Test
    void aLinkIsReplacedInItsPlaceOrAddedAtTheEnd() {
        Design d = Fixtures.simpleStack();
        Link first = d.links().get(0);
        Link changed = Link.of(first.id(), first.from(), first.to(), Protocol.HTTPS);
        Design replaced = d.with(changed);
        assertEquals(changed, replaced.links().get(0));
        assertEquals(d.links().size(), replaced.links().size());
        assertEquals(List.of(changed), replaced.linksFrom(first.from()).stream().filter(l -> l.id().equals(first.id())).toList());
        Link added = Link.of("new-link", first.from(), first.to(), Protocol.HTTP);
        Design more = d.with(added);
        assertEquals(added, more.links().get(more.links().size() - 1));
        assertEquals(d.links().size() + 1, more.links().size());
    }

    private static void assertSameDesign(Design expected, Design actual, String where) {
        assertEquals(expected, actual, where);
        assertEquals(expected.anySuppressions(), actual.anySuppressions(), where + ": suppressions");
        for (Component c : expected.components()) {
            assertEquals(Optional.of(c), actual.component(c.id()), where);
            assertEquals(expected.hostedOn(c.id()), actual.hostedOn(c.id()), where + ": hosted on " + c.id());
            assertEquals(expected.linksFrom(c.id()), actual.linksFrom(c.id()), where);
            assertEquals(expected.linksTo(c.id()), actual.linksTo(c.id()), where);
            assertEquals(expected.hostOf(c), actual.hostOf(c), where);
        }
        for (ComponentKind kind : ComponentKind.values()) {
            assertEquals(expected.componentsOf(kind), actual.componentsOf(kind), where + ": " + kind);
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
