package dev.infradesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Drawing cables: what may be attached to what, and what a person is told when it may not. */
class CablingTest {

    private final Component users = Fixtures.component("users", ComponentKind.USERS);
    private final Component server = Fixtures.server("s1", "10.0.0.1");
    private final Component db = Fixtures.hosted("db", ComponentKind.DATABASE, "s1");
    private final Component sw = Fixtures.component("sw", ComponentKind.SWITCH);
    private final Component sw2 = Fixtures.component("sw2", ComponentKind.SWITCH);
    private final Component router = Fixtures.component("rt", ComponentKind.ROUTER);
    private final Component uplink = Fixtures.component("up", ComponentKind.UPLINK);
    private final Design design = new Design("d", List.of(users, server, db, sw, sw2, router, uplink), List.of());

    private Connections.Answer propose(Component from, Component to) {
        return Connections.propose(design, from, to);
    }

    @Test
    void serversDevicesAndUplinksAreCabledEitherWayRound() {
        Connections.Proposal cable = new Connections.Proposal(Protocol.NETWORK, 0, Access.READ_WRITE);
        for (Component[] pair : new Component[][] {{server, sw}, {sw, server}, {server, router}, {sw, sw2},
                {sw, router}, {router, sw}, {router, uplink}, {uplink, router}, {users, uplink}}) {
            assertEquals(cable, propose(pair[0], pair[1]), pair[0].id() + " -> " + pair[1].id());
        }
    }

    @Test
    void whatMakesNoSenseIsRefusedWithWhatToDoInstead() {
        assertTrue(message(db, sw).contains("attach the server it runs on"), message(db, sw));
        assertTrue(message(uplink, sw).contains("plugs into a router"), message(uplink, sw));
        assertTrue(message(server, uplink).contains("plugs into a router"), message(server, uplink));
        assertTrue(message(users, sw).contains("through an internet uplink"), message(users, sw));
        Design cabled = design.with(new Link("c", "s1", "sw", Protocol.NETWORK, 0, Access.READ_WRITE, false));
        Connections.Answer again = Connections.propose(cabled, sw, server);
        assertTrue(((Connections.Refusal) again).message().contains("already attached"), again.toString());
    }

    @Test
    void aCableHasNoPort() {
        assertThrows(InvalidDesignException.class,
                () -> new Link("c", "s1", "sw", Protocol.NETWORK, 80, Access.READ_WRITE, false));
        assertEquals(0, Link.of("c", "s1", "sw", Protocol.NETWORK).port());
    }

    private String message(Component from, Component to) {
        return assertInstanceOf(Connections.Refusal.class, propose(from, to)).message();
    }
}
