package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.DatabaseSettings;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Fixtures;
import dev.infradesigner.model.ServerSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabPlannerTest {

    private static LabPlan plan(String sample) throws Exception {
        Design design = DesignFiles.load(Path.of("samples", sample));
        return LabPlanner.plan(design, LabExports.of(design));
    }

    @Test
    void theThreeServerSampleRunsAsThreeHostsBehindItsOnePlainHttpEntry() throws Exception {
        LabPlan plan = plan("02-three-server.infra");
        assertEquals(List.of("idl-lb-01", "idl-web-01", "idl-web-02"),
                plan.hosts().stream().map(LabHost::namespace).toList());
        assertEquals(List.of("10.0.1.10", "10.0.1.11", "10.0.1.12"), plan.hosts().stream().map(LabHost::address).toList());
        assertEquals(new LabPlan.Entry("www.foobar.com", "10.0.1.10", "http", 80, 0), plan.entry());
        assertEquals("http://www.foobar.com/", plan.entry().url());
        assertTrue(plan.hosts().stream().allMatch(h -> h.firewallScript().isEmpty()),
                "the design has no firewall, so the lab runs none");
        assertEquals("203.0.113.10", plan.usersAddress());
    }

    @Test
    void theScaledUpSampleIsReachedThroughItsFloatingIpOverHttpsWithARedirect() throws Exception {
        LabPlan plan = plan("04-scaled-up.infra");
        assertEquals(9, plan.hosts().size());
        assertEquals(new LabPlan.Entry("www.foobar.com", "10.0.2.100", "https", 443, 80), plan.entry());
        assertTrue(plan.hosts().stream().allMatch(h -> h.firewallScript().isPresent()), "every server has a firewall");
        LabHost lb = plan.host("lb-server-1");
        assertTrue(lb.installed("/etc/haproxy/haproxy.cfg").isPresent());
        assertTrue(lb.installed("/etc/keepalived/keepalived.conf").isPresent());
        assertTrue(plan.host("mon-server").installed("/etc/prometheus/prometheus.yml").isPresent());
    }

    @Test
    void aHostedMonitoringServiceIsLeftOutWithAReason() throws Exception {
        LabPlan plan = plan("03-secured-monitored.infra");
        assertEquals(1, plan.notes().size(), plan.notes().toString());
        assertTrue(plan.notes().get(0).contains("hosted service"), plan.notes().get(0));
    }

    @Test
    void everyReasonTheLabCannotRunADesignIsToldAtOnce() {
        Design stack = Fixtures.simpleStack();
        Component db = stack.component("db").orElseThrow();
        Design design = stack.with(db.withSettings(new DatabaseSettings("mysql", db.settings(DatabaseSettings.class).role(),
                null, 3306))).with(Fixtures.component("lonely-app", ComponentKind.APP_SERVER))
                .with(Fixtures.server("server-2", "10.0.0.10"))
                .with(Fixtures.server("server-3", "fd00::3"));
        LabException e = assertThrows(LabException.class, () -> LabPlanner.plan(design, List.of()));
        String message = e.getMessage();
        assertTrue(message.contains("engine mysql") && message.contains("set its engine to mariadb"), message);
        assertTrue(message.contains("\"lonely-app\" is on no server"), message);
        assertTrue(message.contains("two servers have the address 10.0.0.10"), message);
        assertTrue(message.contains("IPv4 designs only"), message);
        assertEquals(4, message.lines().filter(l -> l.startsWith("  - ")).count(), message);
    }

    @Test
    void twoWebServersOnOneServerWouldShareOneNginxConfiguration() {
        Design stack = Fixtures.simpleStack();
        Design design = stack.with(Fixtures.hosted("web-2", ComponentKind.WEB_SERVER, "server-1"));
        LabException e = assertThrows(LabException.class, () -> LabPlanner.plan(design, List.of()));
        assertTrue(e.getMessage().contains("hosts 2 components of kind web server"), e.getMessage());
    }

    @Test
    void theUsersNeverTakeAnAddressOfTheDesign() throws Exception {
        Design sample = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        Component server = sample.component("server-3").orElseThrow();
        ServerSettings s = server.settings(ServerSettings.class);
        Design design = sample.with(server.withSettings(new ServerSettings(s.hostname(), "203.0.113.10",
                s.adminSource())));
        assertEquals("198.51.100.10", LabPlanner.plan(design, LabExports.of(design)).usersAddress());
    }
}
