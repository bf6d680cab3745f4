package dev.infradesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    private final Design design = new Design("d", List.of(
            Fixtures.component("users", ComponentKind.USERS),
            Fixtures.component("dns", ComponentKind.DNS),
            Fixtures.component("lb", ComponentKind.LOAD_BALANCER),
            Fixtures.component("web", ComponentKind.WEB_SERVER),
            Fixtures.component("app", ComponentKind.APP_SERVER),
            Fixtures.component("db", ComponentKind.DATABASE),
            Fixtures.component("replica", ComponentKind.DATABASE).withSettings(
                    new DatabaseSettings("mysql", DatabaseRole.REPLICA, null, 3307)),
            Fixtures.component("agent", ComponentKind.MONITORING_AGENT),
            Fixtures.component("prom", ComponentKind.MONITORING_SERVICE),
            Fixtures.component("code", ComponentKind.CODE_BASE),
            Fixtures.server("server", "10.0.0.1")),
            List.of(Link.of("users-lb", "users", "lb", Protocol.HTTP)));

    private Connections.Answer answer(String from, String to) {
        return Connections.propose(design, design.component(from).orElseThrow(), design.component(to).orElseThrow());
    }

    private Connections.Proposal proposal(String from, String to) {
        return assertInstanceOf(Connections.Proposal.class, answer(from, to), from + " -> " + to);
    }

    private String refusal(String from, String to) {
        return assertInstanceOf(Connections.Refusal.class, answer(from, to), from + " -> " + to).message();
    }

    @Test
    void theClassicPathGetsTheUsualProtocolsAndPorts() {
        assertEquals(new Connections.Proposal(Protocol.HTTP, 80, Access.READ_WRITE), proposal("users", "web"));
        assertEquals(new Connections.Proposal(Protocol.HTTP, 80, Access.READ_WRITE), proposal("lb", "web"));
        assertEquals(new Connections.Proposal(Protocol.HTTP, 8080, Access.READ_WRITE), proposal("web", "app"));
        assertEquals(new Connections.Proposal(Protocol.MYSQL, 3306, Access.READ_WRITE), proposal("app", "db"));
        assertEquals(new Connections.Proposal(Protocol.MYSQL, 3307, Access.READ), proposal("app", "replica"));
        assertEquals(new Connections.Proposal(Protocol.REPLICATION, 3307, Access.READ_WRITE), proposal("db", "replica"));
        assertEquals(Protocol.MONITORING, proposal("agent", "prom").protocol());
        assertEquals(MonitoringServiceSettings.DEFAULT.port(), proposal("agent", "prom").port());
    }

    @Test
    void linksThatMakeNoSenseAreRefusedWithAReason() {
        assertTrue(refusal("db", "users").contains("nothing sends traffic to them"));
        assertTrue(refusal("db", "web").contains("A database does not call out"));
        assertTrue(refusal("app", "users").contains("Traffic starts at users"));
        assertTrue(refusal("web", "prom").contains("Only monitoring agents"));
        assertTrue(refusal("agent", "web").contains("reports only to a monitoring service"));
        assertTrue(refusal("prom", "agent").contains("from agents to the service"));
        assertTrue(refusal("code", "app").contains("code base"));
        assertTrue(refusal("users", "server").contains("server hosts components"));
        assertTrue(refusal("users", "dns").contains("DNS record is a lookup"));
        assertTrue(refusal("web", "web").contains("itself"));
        assertTrue(refusal("users", "lb").contains("already links"));
    }

    @Test
    void dnsPointsOnlyAtAPublicEntry() {
        assertTrue(Connections.refuseDnsTarget(design.component("lb").orElseThrow()).isEmpty());
        assertTrue(Connections.refuseDnsTarget(design.component("server").orElseThrow()).isEmpty());
        assertTrue(Connections.refuseDnsTarget(design.component("db").orElseThrow()).isPresent());
    }
}
