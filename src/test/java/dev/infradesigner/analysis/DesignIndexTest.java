package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseRole;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import dev.infradesigner.model.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Positions of components, of link ends, hosts and what settings name, read off a small design. */
class DesignIndexTest {

    private static Component component(String id, ComponentKind kind) {
        return Component.create(id, kind, id, new Bounds(0, 0, 100, 50));
    }

    @Test
    void positionsOfWhatComponentsAndLinksReferTo() {
        Component dns = component("dns", ComponentKind.DNS)
                .withSettings(new DnsSettings("www.foobar.com", RecordType.A, "lb"));
        Component replica = component("replica", ComponentKind.DATABASE)
                .withSettings(new DatabaseSettings("mysql", DatabaseRole.REPLICA, "primary", 3306)).withHost("server");
        Design d = new Design("d", List.of(replica, dns, component("lb", ComponentKind.LOAD_BALANCER),
                component("primary", ComponentKind.DATABASE), component("server", ComponentKind.SERVER)),
                List.of(Link.of("l1", "lb", "primary", Protocol.TCP), Link.of("l2", "primary", "replica",
                        Protocol.REPLICATION)));
        DesignIndex index = new DesignIndex(d);
        assertEquals(5, index.size());
        assertEquals(3, index.indexOf("primary"));
        assertEquals(-1, index.indexOf("nothing"));
        assertEquals(-1, index.indexOf(null));
        assertEquals(3, index.reference(0), "the replica names its source");
        assertEquals(2, index.reference(1), "the DNS entry names its target");
        assertEquals(-1, index.reference(2));
        assertEquals(-1, index.reference(3));
        assertEquals(4, index.host(0));
        assertEquals(-1, index.host(1));
        assertEquals(2, index.from(0));
        assertEquals(3, index.to(0));
        assertEquals(3, index.from(1));
        assertEquals(0, index.to(1));
    }
}
